import { type Db, sqlPool } from "../../lib/prisma.ts";

export interface CheckInRow {
  id: string;
  fairId: string;
  seekerId: string;
  at: Date;
}

export type InsertOutcome =
  | { kind: "created"; checkIn: CheckInRow }
  | { kind: "not-inserted"; fairStatus: "DRAFT" | "OPEN" | "CLOSED" | null; seekerExists: boolean };

interface InsertRow {
  fairStatus: "DRAFT" | "OPEN" | "CLOSED" | null;
  seekerExists: boolean;
  id: string | null;
  at: Date | null;
}

// The desk path runs as named prepared statements on the pool under Prisma: parsed and
// planned once per connection, no query-compiler round trip (several times cheaper than
// $queryRaw at fair-opening bursts, see BENCHMARKS.md).
const INSERT_CHECK_IN = {
  name: "checkins_insert_v1",
  text: `
    WITH f AS (SELECT status FROM fairs WHERE id = $1::uuid),
         s AS (SELECT id FROM seekers WHERE id = $2::uuid),
         ins AS (
           INSERT INTO check_ins (id, "fairId", "seekerId", "clientRequestId", "at", "createdById")
           SELECT gen_random_uuid(), $1::uuid, s.id, $3, $4, $5::uuid
           FROM s, f WHERE f.status = 'OPEN'
           ON CONFLICT DO NOTHING
           RETURNING id, "at")
    SELECT (SELECT status::text FROM f) AS "fairStatus", EXISTS (SELECT 1 FROM s) AS "seekerExists", ins.id, ins."at"
    FROM (SELECT 1) AS one LEFT JOIN ins ON true`,
};

const FIND_EXISTING = {
  name: "checkins_find_existing_v1",
  text: `
    SELECT id, "fairId", "seekerId", "at" FROM check_ins
    WHERE "fairId" = $1::uuid AND ("clientRequestId" = $2 OR "seekerId" = $3::uuid)
    ORDER BY ("clientRequestId" = $2) DESC
    LIMIT 1`,
};

const COUNT_CHECK_INS = { name: "checkins_count_v1", text: `SELECT count(*)::int AS n FROM check_ins WHERE "fairId" = $1::uuid` };

export function createCheckinsRepository(db: Db) {
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
    }): Promise<InsertOutcome> {
      const { rows } = await pool.query<InsertRow>({
        ...INSERT_CHECK_IN,
        values: [input.fairId, input.seekerId, input.clientRequestId, input.at, input.createdById],
      });
      const row = rows[0];
      if (!row) throw new Error("check-in statement returned no row");
      if (row.id && row.at) return { kind: "created", checkIn: { id: row.id, fairId: input.fairId, seekerId: input.seekerId, at: row.at } };
      return { kind: "not-inserted", fairStatus: row.fairStatus, seekerExists: row.seekerExists };
    },

    /** The row that won: a replay of the same request first, else the seeker's earlier check-in. */
    async findExisting(fairId: string, key: { seekerId?: string; clientRequestId: string }): Promise<CheckInRow | null> {
      const { rows } = await pool.query<CheckInRow>({ ...FIND_EXISTING, values: [fairId, key.clientRequestId, key.seekerId ?? null] });
      return rows[0] ?? null;
    },

    /** Distinct seekers checked in: (fairId, seekerId) is unique, so rows = seekers. */
    async countCheckIns(fairId: string): Promise<number> {
      const { rows } = await pool.query<{ n: number }>({ ...COUNT_CHECK_INS, values: [fairId] });
      return rows[0]?.n ?? 0;
    },

    findFair: (fairId: string) => db.fair.findUnique({ where: { id: fairId }, select: { id: true, status: true } }),

    async isEmployerInFair(fairId: string, employerId: string): Promise<boolean> {
      return (await db.fairEmployer.count({ where: { fairId, employerId } })) > 0;
    },

    async timeline(fairId: string, since: Date | null) {
      const buckets = await db.$queryRaw<{ minute: Date; arrivals: number }[]>`
        SELECT date_trunc('minute', "at") AS minute, count(*)::int AS arrivals
        FROM check_ins
        WHERE "fairId" = ${fairId}::uuid AND (${since}::timestamptz IS NULL OR "at" >= date_trunc('minute', ${since}::timestamptz))
        GROUP BY 1 ORDER BY 1`;
      const [totals] = await db.$queryRaw<{ checkIns: number; intents: number; seekersWithIntent: number; asOf: Date }[]>`
        SELECT (SELECT count(*)::int FROM check_ins WHERE "fairId" = ${fairId}::uuid) AS "checkIns",
               (SELECT count(*)::int FROM intents WHERE "fairId" = ${fairId}::uuid) AS intents,
               (SELECT count(DISTINCT "seekerId")::int FROM intents WHERE "fairId" = ${fairId}::uuid) AS "seekersWithIntent",
               now() AS "asOf"`;
      if (!totals) throw new Error("timeline totals returned no row");
      return { buckets, totals };
    },
  };
}

export type CheckinsRepository = ReturnType<typeof createCheckinsRepository>;
