// The positions index as a source for index-sync: every open position, a page at a time,
// with the fingerprint its search document carries. Used at start-up (catch-up), by
// `pnpm reindex` and by tests that rebuild.
import { type IndexSource, pagesById, type SyncedIndex } from "../index-sync/index.ts";
import { buildPositionDocument, type PositionForIndex, type PositionIndex, type PositionIndexExtras } from "../search/index.ts";
import { POSITION_CHANGED } from "./position-events.ts";
import { toPositionForIndex } from "./position-index.handler.ts";
import type { PositionsRepository } from "./positions.repository.ts";

const PAGE = 1_000;

export function createPositionIndexSource(positions: PositionsRepository): IndexSource<PositionForIndex> {
  return {
    topic: POSITION_CHANGED,
    count: () => positions.countOpen(),
    pages: () => pagesById(positions.findOpenPage, toPositionForIndex, PAGE),
    stamp: (position) => ({ id: position.id, hash: buildPositionDocument(position).sourceHash }),
  };
}

/** The live positions index as index-sync drives it. */
export function syncedPositionIndex(index: PositionIndex & PositionIndexExtras): SyncedIndex<PositionForIndex> {
  return {
    uid: index.uid,
    ensureReady: () => index.ensureReady(),
    count: () => index.count(),
    countStale: () => index.countStale(),
    readStamps: () => index.readStamps(),
    replaceAll: (items, hooks) => index.replaceAllWith(items, hooks),
  };
}
