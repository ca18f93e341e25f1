// Full rebuild of the search index from the database (`pnpm reindex`, and at start-up
// when the index is empty). Changes that commit while the snapshot is read could be lost
// by the swap, so afterwards every position with a recent outbox event is queued again.
import type { OutboxRepository } from "../outbox/index.ts";
import type { PositionForIndex, PositionIndex } from "../search/index.ts";
import { POSITION_CHANGED } from "./position-events.ts";
import { toPositionForIndex } from "./position-index.handler.ts";
import type { PositionsRepository } from "./positions.repository.ts";

const PAGE = 1_000;
/** Margin for transactions that started (and stamped createdAt) before the snapshot. */
const CATCH_UP_MARGIN_MS = 5 * 60_000;

export interface RebuildResult {
  positions: number;
  requeued: number;
  ms: number;
}

export async function rebuildPositionIndex(deps: {
  positions: PositionsRepository;
  outbox: OutboxRepository;
  index: PositionIndex;
}): Promise<RebuildResult> {
  const started = performance.now();
  const since = new Date((await deps.outbox.readDatabaseTime()).getTime() - CATCH_UP_MARGIN_MS);
  await deps.index.ensureReady();
  const documents: PositionForIndex[] = [];
  let afterId: string | null = null;
  for (;;) {
    const page = await deps.positions.findOpenPage(afterId, PAGE);
    documents.push(...page.map(toPositionForIndex));
    if (page.length < PAGE) break;
    afterId = page[page.length - 1]!.id;
  }
  await deps.index.replaceAll(documents);
  const requeued = await deps.outbox.requeueSince(POSITION_CHANGED, since);
  return { positions: documents.length, requeued, ms: Math.round(performance.now() - started) };
}
