// Keeps the seekers index true to the database: the outbox handler (loads current rows,
// upserts present seekers, removes deleted ones) and the source index-sync rebuilds and
// reconciles from (start-up catch-up, `pnpm reindex`).
import { PLATFORM_SCOPE } from "../../lib/scope.ts";
import { type IndexSource, pagesById, type SyncedIndex } from "../index-sync/index.ts";
import type { OutboxHandler } from "../outbox/index.ts";
import { SEEKER_CHANGED } from "../seekers/index.ts";
import type { MatchingRepository } from "./matching.repository.ts";
import { buildSeekerDocument, type SeekerDocument } from "./seeker-document.ts";
import type { SeekerIndex } from "./seeker-index.ts";

const PAGE = 2_000;

export function createSeekerIndexHandlers(deps: { matching: MatchingRepository; index: SeekerIndex }): Record<string, OutboxHandler> {
  return {
    [SEEKER_CHANGED]: async ({ aggregateIds }) => {
      const rows = await deps.matching.findSeekers(aggregateIds, PLATFORM_SCOPE);
      const present = new Set(rows.map((r) => r.id));
      if (rows.length > 0) await deps.index.upsert(rows.map(buildSeekerDocument));
      await deps.index.remove(aggregateIds.filter((id) => !present.has(id)));
    },
  };
}

/** The seekers index as a source for index-sync: every seeker's document, a page at a time. */
export function createSeekerIndexSource(matching: MatchingRepository): IndexSource<SeekerDocument> {
  return {
    topic: SEEKER_CHANGED,
    count: () => matching.countSeekers(),
    pages: () => pagesById(matching.findSeekerPage, buildSeekerDocument, PAGE),
    stamp: (document) => ({ id: document.id, hash: document.sourceHash }),
  };
}

/** The live seekers index as index-sync drives it. */
export function syncedSeekerIndex(index: SeekerIndex): SyncedIndex<SeekerDocument> {
  return {
    uid: index.uid,
    ensureReady: () => index.ensureReady(),
    count: () => index.count(),
    countStale: () => index.countStale(),
    readStamps: () => index.readStamps(),
    replaceAll: (documents, hooks) => index.replaceAll(documents, hooks),
  };
}
