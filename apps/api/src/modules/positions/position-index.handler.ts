// Keeps the search index true to the database. The handler never trusts an event's
// content: it loads the positions' current state and upserts the open ones, removing
// closed or deleted ones, so replays, duplicates and out-of-order events all converge.
import type { OutboxHandler } from "../outbox/index.ts";
import type { PositionForIndex, PositionIndex } from "../search/index.ts";
import { POSITION_CHANGED } from "./position-events.ts";
import type { PositionRow, PositionsRepository } from "./positions.repository.ts";

/** Only public facts of the position and its employer: the index holds no personal data. */
export function toPositionForIndex(row: PositionRow): PositionForIndex {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    tags: row.tags,
    openings: row.openings,
    wageMin: row.wageMin,
    wageMax: row.wageMax,
    city: row.city,
    foodProvided: row.foodProvided,
    lodgingProvided: row.lodgingProvided,
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    gender: row.gender,
    status: row.status,
    updatedAt: row.updatedAt,
    employer: row.employer,
    fairIds: row.fairs.map((f) => f.fairId),
  };
}

/**
 * Applies the index settings before the first write, and again after a failure, so an
 * index that was unreachable at start-up is set up as soon as Meilisearch is back.
 */
export function createReadyPositionIndex(index: PositionIndex): PositionIndex {
  let ready: Promise<void> | null = null;
  const ensureReady = () => {
    ready ??= index.ensureReady().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  };
  const afterReady =
    <A extends unknown[]>(write: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      await ensureReady();
      try {
        await write(...args);
      } catch (error) {
        ready = null;
        throw error;
      }
    };
  return {
    ensureReady,
    upsert: afterReady((positions: PositionForIndex[]) => index.upsert(positions)),
    remove: afterReady((ids: string[]) => index.remove(ids)),
    replaceAll: afterReady((positions: PositionForIndex[]) => index.replaceAll(positions)),
  };
}

export function createPositionIndexHandlers(deps: { positions: PositionsRepository; index: PositionIndex }): Record<string, OutboxHandler> {
  const { positions, index } = deps;
  return {
    [POSITION_CHANGED]: async ({ aggregateIds }) => {
      const rows = await positions.findManyByIds(aggregateIds);
      const open = rows.filter((row) => row.status === "OPEN");
      const openIds = new Set(open.map((row) => row.id));
      const gone = aggregateIds.filter((id) => !openIds.has(id));
      if (open.length > 0) await index.upsert(open.map(toPositionForIndex));
      if (gone.length > 0) await index.remove(gone);
    },
  };
}
