// Keeps the seekers index true to the database: the outbox handler (loads current rows,
// upserts present seekers, removes deleted ones) and a full rebuild, run at start-up when
// the index is empty and by `pnpm reindex`-style tooling.
import type { OutboxHandler, OutboxRepository } from "../outbox/index.ts";
import { SEEKER_CHANGED } from "../seekers/index.ts";
import type { SeekerFacts } from "./match-profiles.ts";
import type { MatchingRepository } from "./matching.repository.ts";
import { buildSeekerDocument } from "./seeker-document.ts";
import type { SeekerIndex } from "./seeker-index.ts";

const PAGE = 2_000;
/** Margin for transactions that started (and stamped their events) before the snapshot. */
const CATCH_UP_MARGIN_MS = 5 * 60_000;

type SyncDeps = { matching: MatchingRepository; index: SeekerIndex; outbox?: OutboxRepository };

export function createSeekerIndexHandlers(deps: { matching: MatchingRepository; index: SeekerIndex }): Record<string, OutboxHandler> {
  return {
    [SEEKER_CHANGED]: async ({ aggregateIds }) => {
      const rows = await deps.matching.findSeekers(aggregateIds);
      const present = new Set(rows.map((r) => r.id));
      if (rows.length > 0) await deps.index.upsert(rows.map(buildSeekerDocument));
      await deps.index.remove(aggregateIds.filter((id) => !present.has(id)));
    },
  };
}

/**
 * Full rebuild, swapped in atomically. A change committed while the snapshot is read could
 * be undone by the swap, so seekers with recent events are queued again afterwards.
 */
export async function rebuildSeekerIndex(deps: SyncDeps): Promise<number> {
  const since = deps.outbox ? new Date((await deps.outbox.readDatabaseTime()).getTime() - CATCH_UP_MARGIN_MS) : null;
  const all: SeekerFacts[] = [];
  let afterId: string | null = null;
  for (;;) {
    const page = await deps.matching.findSeekerPage(afterId, PAGE);
    all.push(...page);
    if (page.length < PAGE) break;
    afterId = page[page.length - 1]!.id;
  }
  await deps.index.replaceAll(all.map(buildSeekerDocument));
  if (deps.outbox && since) await deps.outbox.requeueSince(SEEKER_CHANGED, since);
  return all.length;
}

/** Fills an empty index from the database (a fresh demo writes seekers without events). */
export async function catchUpSeekerIndex(deps: SyncDeps): Promise<number> {
  await deps.index.ensureReady();
  const [indexed, stored] = await Promise.all([deps.index.count(), deps.matching.countSeekers()]);
  return indexed === 0 && stored > 0 ? rebuildSeekerIndex(deps) : 0;
}
