// Keeps the seekers index true to the database: the outbox handler (loads current rows,
// upserts present seekers, removes deleted ones) and a full rebuild, run at start-up when
// the index is empty and by `pnpm reindex`-style tooling.
import type { OutboxHandler } from "../outbox/index.ts";
import { SEEKER_CHANGED } from "../seekers/index.ts";
import type { SeekerFacts } from "./match-profiles.ts";
import type { MatchingRepository } from "./matching.repository.ts";
import { buildSeekerDocument } from "./seeker-document.ts";
import type { SeekerIndex } from "./seeker-index.ts";

const PAGE = 2_000;

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

export async function rebuildSeekerIndex(deps: { matching: MatchingRepository; index: SeekerIndex }): Promise<number> {
  const all: SeekerFacts[] = [];
  let afterId: string | null = null;
  for (;;) {
    const page = await deps.matching.findSeekerPage(afterId, PAGE);
    all.push(...page);
    if (page.length < PAGE) break;
    afterId = page[page.length - 1]!.id;
  }
  await deps.index.replaceAll(all.map(buildSeekerDocument));
  return all.length;
}

/** Fills an empty index from the database (a fresh demo writes seekers without events). */
export async function catchUpSeekerIndex(deps: { matching: MatchingRepository; index: SeekerIndex }): Promise<number> {
  await deps.index.ensureReady();
  const [indexed, stored] = await Promise.all([deps.index.count(), deps.matching.countSeekers()]);
  return indexed === 0 && stored > 0 ? rebuildSeekerIndex(deps) : 0;
}
