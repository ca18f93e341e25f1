import { type Db, sqlPool } from "../../lib/prisma.ts";
import { fairScopeValues, type Scope } from "../../lib/scope.ts";
import { queryPrepared, queryRows } from "../../lib/sql-statement.ts";
import { readableFairs } from "../fairs/index.ts";
import { ANNOUNCE_OVERDUE_MS } from "./checkin-announcer.ts";
import { CHECK_IN_ANNOUNCEMENTS_CLAIM } from "./sql/check-in-announcements-claim.sql.ts";
import { CHECK_IN_ANNOUNCEMENTS_DONE } from "./sql/check-in-announcements-done.sql.ts";
import { CHECK_IN_FIND_EXISTING } from "./sql/check-in-find-existing.sql.ts";
import { CHECK_IN_INSERT } from "./sql/check-in-insert.sql.ts";
import { CHECK_IN_TIMELINE_BUCKETS } from "./sql/check-in-timeline-buckets.sql.ts";
import { CHECK_IN_TIMELINE_TOTALS } from "./sql/check-in-timeline-totals.sql.ts";
import { CHECK_INS_COUNT } from "./sql/check-ins-count.sql.ts";

export interface CheckInRow {
  id: string;
  fairId: string;
  seekerId: string;
  at: Date;
}

export type InsertOutcome =
  | { kind: "created"; checkIn: CheckInRow }
  | { kind: "not-inserted"; fairStatus: "DRAFT" | "OPEN" | "CLOSED" | null; seekerExists: boolean };

export function createCheckinsRepository(db: Db) {
  // The desk path runs as named prepared statements on the pool under Prisma: parsed and
  // planned once per connection, no query-compiler round trip (several times cheaper than
  // $queryRaw at fair-opening bursts, see BENCHMARKS.md).
  const pool = sqlPool(db);

  return {
    /**
     * One statement: the fair must be OPEN and the seeker must exist; both unique keys
     * (fair+seeker, fair+clientRequestId) are settled by the index, so concurrent desks
     * can never create two rows. A conflict inserts nothing and is resolved by the caller.
     */
    async insert(input: {
      fairId: string;
      seekerId: string;
      clientRequestId: string;
      at: Date;
      createdById: string;
      scope: Scope;
    }): Promise<InsertOutcome> {
      const [row] = await queryPrepared(
        pool,
        CHECK_IN_INSERT,
        input.fairId,
        input.seekerId,
        input.clientRequestId,
        input.at,
        input.createdById,
        ...fairScopeValues(input.scope),
        ANNOUNCE_OVERDUE_MS,
      );
      if (!row) throw new Error("check-in statement returned no row");
      if (row.id && row.at) return { kind: "created", checkIn: { id: row.id, fairId: input.fairId, seekerId: input.seekerId, at: row.at } };
      return { kind: "not-inserted", fairStatus: row.fairStatus, seekerExists: row.seekerExists };
    },

    /** The row that won: a replay of the same request first, else the seeker's earlier check-in. */
    async findExisting(fairId: string, key: { seekerId?: string; clientRequestId: string }): Promise<CheckInRow | null> {
      const [row] = await queryPrepared(pool, CHECK_IN_FIND_EXISTING, fairId, key.clientRequestId, key.seekerId ?? null);
      return row ?? null;
    },

    /** These check-ins went out on the live channel: no other process needs to announce them. */
    async announced(checkInIds: string[]): Promise<void> {
      await queryPrepared(pool, CHECK_IN_ANNOUNCEMENTS_DONE, checkInIds);
    },

    /** Check-ins whose announcing process died first (overdue), claimed for this one to announce. */
    claimOverdueAnnouncements: (limit: number): Promise<CheckInRow[]> => queryPrepared(pool, CHECK_IN_ANNOUNCEMENTS_CLAIM, limit),

    /** Distinct seekers checked in: (fairId, seekerId) is unique, so rows = seekers. */
    async countCheckIns(fairId: string): Promise<number> {
      const [row] = await queryPrepared(pool, CHECK_INS_COUNT, fairId);
      return row?.n ?? 0;
    },

    /** The fair when the scope may read it (fairs/fair-scope.ts). */
    findFair: (fairId: string, scope: Scope) =>
      db.fair.findFirst({ where: { AND: [{ id: fairId }, readableFairs(scope)] }, select: { id: true, status: true } }),

    async isEmployerInFair(fairId: string, employerId: string): Promise<boolean> {
      return (await db.fairEmployer.count({ where: { fairId, employerId } })) > 0;
    },

    async timeline(fairId: string, since: Date | null) {
      const buckets = await queryRows(db, CHECK_IN_TIMELINE_BUCKETS, fairId, since);
      const [totals] = await queryRows(db, CHECK_IN_TIMELINE_TOTALS, fairId);
      if (!totals) throw new Error("timeline totals returned no row");
      return { buckets, totals };
    },
  };
}

export type CheckinsRepository = ReturnType<typeof createCheckinsRepository>;
