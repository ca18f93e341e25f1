// Who is rebuilding or reconciling which search index: a lease row per index in PostgreSQL,
// so one process at a time does it whatever the number of API processes, and every process
// can tell from the database that a live index is still incomplete.
import type { Db } from "../../lib/prisma.ts";

export function createIndexBuildsRepository(db: Db) {
  return {
    /** Takes the index's lease when it is free or expired; false when another holder has it. */
    async acquire(input: { indexUid: string; holder: string; liveIncomplete: boolean; leaseMs: number }): Promise<boolean> {
      const rows = await db.$queryRaw<{ indexUid: string }[]>`
        INSERT INTO search_index_builds ("indexUid", holder, "liveIncomplete", "startedAt", "leaseUntil")
        VALUES (${input.indexUid}, ${input.holder}, ${input.liveIncomplete}, now(), now() + ${input.leaseMs}::float8 * interval '1 millisecond')
        ON CONFLICT ("indexUid") DO UPDATE SET
          holder = EXCLUDED.holder, "liveIncomplete" = EXCLUDED."liveIncomplete",
          "startedAt" = EXCLUDED."startedAt", "leaseUntil" = EXCLUDED."leaseUntil"
        WHERE search_index_builds."leaseUntil" < now() OR search_index_builds.holder = EXCLUDED.holder
        RETURNING "indexUid"`;
      return rows.length === 1;
    },

    /** Extends the lease; false when it was lost (expired and taken by another holder). */
    async renew(input: { indexUid: string; holder: string; leaseMs: number }): Promise<boolean> {
      const n = await db.$executeRaw`
        UPDATE search_index_builds SET "leaseUntil" = now() + ${input.leaseMs}::float8 * interval '1 millisecond'
        WHERE "indexUid" = ${input.indexUid} AND holder = ${input.holder}`;
      return n === 1;
    },

    async release(input: { indexUid: string; holder: string }): Promise<void> {
      await db.$executeRaw`DELETE FROM search_index_builds WHERE "indexUid" = ${input.indexUid} AND holder = ${input.holder}`;
    },

    /** Whether any of these live indexes is being filled while incomplete (health: "rebuilding"). */
    async anyIncomplete(indexUids: readonly string[]): Promise<boolean> {
      const [row] = await db.$queryRaw<{ busy: boolean }[]>`
        SELECT EXISTS (
          SELECT 1 FROM search_index_builds
          WHERE "indexUid" = ANY(${[...indexUids]}) AND "liveIncomplete" AND "leaseUntil" > now()) AS busy`;
      return row!.busy;
    },
  };
}

export type IndexBuildsRepository = ReturnType<typeof createIndexBuildsRepository>;
