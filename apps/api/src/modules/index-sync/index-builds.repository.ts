// Who is rebuilding or reconciling which search index: a lease row per index in PostgreSQL,
// so one process at a time does it whatever the number of API processes, and every process
// can tell from the database that a live index is still incomplete.
import type { Db } from "../../lib/prisma.ts";
import { executeStatement, queryRows } from "../../lib/sql-statement.ts";
import { INDEX_BUILD_ACQUIRE } from "./sql/index-build-acquire.sql.ts";
import { INDEX_BUILD_RELEASE } from "./sql/index-build-release.sql.ts";
import { INDEX_BUILD_RENEW } from "./sql/index-build-renew.sql.ts";
import { INDEX_BUILDS_ANY_INCOMPLETE } from "./sql/index-builds-any-incomplete.sql.ts";

export function createIndexBuildsRepository(db: Db) {
  return {
    /** Takes the index's lease when it is free or expired; false when another holder has it. */
    async acquire(input: { indexUid: string; holder: string; liveIncomplete: boolean; leaseMs: number }): Promise<boolean> {
      const rows = await queryRows(db, INDEX_BUILD_ACQUIRE, input.indexUid, input.holder, input.liveIncomplete, input.leaseMs);
      return rows.length === 1;
    },

    /** Extends the lease; false when it was lost (expired and taken by another holder). */
    async renew(input: { indexUid: string; holder: string; leaseMs: number }): Promise<boolean> {
      const n = await executeStatement(db, INDEX_BUILD_RENEW, input.indexUid, input.holder, input.leaseMs);
      return n === 1;
    },

    async release(input: { indexUid: string; holder: string }): Promise<void> {
      await executeStatement(db, INDEX_BUILD_RELEASE, input.indexUid, input.holder);
    },

    /** Whether any of these live indexes is being filled while incomplete (health: "rebuilding"). */
    async anyIncomplete(indexUids: readonly string[]): Promise<boolean> {
      const [row] = await queryRows(db, INDEX_BUILDS_ANY_INCOMPLETE, [...indexUids]);
      return row!.busy;
    },
  };
}

export type IndexBuildsRepository = ReturnType<typeof createIndexBuildsRepository>;
