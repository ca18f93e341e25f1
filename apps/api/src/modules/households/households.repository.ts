import type { HouseholdImportRow } from "@xiezuo/contracts";
import { type Db, type Prisma, sqlPool } from "../../lib/prisma.ts";
import { enqueueOnClient } from "../outbox/index.ts";
import { SEEKER_CHANGED } from "../seekers/index.ts";

const HOUSEHOLD_VIEW = {
  id: true,
  code: true,
  regionCode: true,
  township: true,
  village: true,
  povertyStatus: true,
  labourCapableMembers: true,
  updatedAt: true,
} as const;

/** Rows per statement: large enough for speed, small enough for a progress bar to move. */
export const UPSERT_CHUNK_ROWS = 5000;
const PROGRESS_KEEP_DAYS = 7;

export type ImportWriter = { upsertChunk(rows: HouseholdImportRow[]): Promise<{ imported: number; updated: number }> };

// Unchanged rows are dropped by index lookups first (LATERAL … LIMIT 1 keeps the planner from
// scanning the whole table per chunk), so a re-import reads and never locks or writes. The
// upsert's own WHERE keeps the outcome right if another import got there meanwhile.
const UPSERT_CHUNK = `
  WITH incoming AS (
    SELECT r.* FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
           AS r(code, region, township, village, status, members)
    LEFT JOIN LATERAL (SELECT e."regionCode", e.township, e.village, e."povertyStatus"::text AS status, e."labourCapableMembers"
                       FROM households e WHERE e.code = r.code LIMIT 1) AS e ON true
    WHERE e."regionCode" IS NULL
       OR (e."regionCode", e.township, e.village, e.status, e."labourCapableMembers")
          IS DISTINCT FROM (r.region, r.township, r.village, r.status, r.members)),
  up AS (
    INSERT INTO households AS h (id, code, "regionCode", township, village, "povertyStatus", "labourCapableMembers", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), code, region, township, village, status::"PovertyStatus", members, now(), now() FROM incoming
    ON CONFLICT (code) DO UPDATE SET
      "regionCode" = EXCLUDED."regionCode", township = EXCLUDED.township, village = EXCLUDED.village,
      "povertyStatus" = EXCLUDED."povertyStatus", "labourCapableMembers" = EXCLUDED."labourCapableMembers",
      "updatedAt" = now()
    WHERE (h."regionCode", h.township, h.village, h."povertyStatus", h."labourCapableMembers")
          IS DISTINCT FROM (EXCLUDED."regionCode", EXCLUDED.township, EXCLUDED.village, EXCLUDED."povertyStatus", EXCLUDED."labourCapableMembers")
    RETURNING h.id, (xmax = 0) AS inserted),
  -- A changed household (poverty status, region) changes its members' matching documents:
  -- their ids go to the outbox (enqueueOnClient) in the same transaction.
  reindex AS (
    SELECT s.id::text AS id FROM seekers s JOIN up ON up.id = s."householdId" AND NOT up.inserted)
  SELECT count(*) FILTER (WHERE inserted)::int AS imported, count(*) FILTER (WHERE NOT inserted)::int AS updated,
         (SELECT coalesce(array_agg(id), '{}') FROM reindex) AS "reindexIds" FROM up`;

export function createHouseholdsRepository(db: Db) {
  return {
    /**
     * Runs `work` in one transaction, audit entry included: an import is all or nothing.
     * Bulk statements go straight to the pool under Prisma: passing 30,000 parameters per
     * chunk through $queryRaw costs several times the statement itself.
     */
    async importInTransaction<T>(
      work: (writer: ImportWriter) => Promise<T>,
      audit: { actorUserId: string; entityId: string | null; data: object },
    ) {
      const client = await sqlPool(db).connect();
      try {
        await client.query("BEGIN");
        const result = await work({
          async upsertChunk(rows) {
            const { rows: counts } = await client.query<{ imported: number; updated: number; reindexIds: string[] }>(UPSERT_CHUNK, [
              rows.map((r) => r.householdCode),
              rows.map((r) => r.regionCode),
              rows.map((r) => r.township),
              rows.map((r) => r.village),
              rows.map((r) => r.povertyStatus),
              rows.map((r) => r.labourCapableMembers),
            ]);
            const [row] = counts;
            await enqueueOnClient(client, SEEKER_CHANGED, row?.reindexIds ?? []);
            return { imported: row?.imported ?? 0, updated: row?.updated ?? 0 };
          },
        });
        await client.query(
          `INSERT INTO audit_logs ("actorUserId", action, "entityType", "entityId", data) VALUES ($1::uuid, 'households.import', 'household_import', $2, $3::jsonb)`,
          [audit.actorUserId, audit.entityId, JSON.stringify(audit.data)],
        );
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },

    /** false when the id is taken: a client must not reuse an import id. */
    async startProgress(id: string, actorUserId: string): Promise<boolean> {
      await db.$executeRaw`DELETE FROM import_progress WHERE "startedAt" < now() - make_interval(days => ${PROGRESS_KEEP_DAYS})`;
      const inserted = await db.$executeRaw`
        INSERT INTO import_progress (id, kind, "actorUserId") VALUES (${id}::uuid, 'households', ${actorUserId}::uuid)
        ON CONFLICT (id) DO NOTHING`;
      return inserted === 1;
    },

    async updateProgress(id: string, change: { processedRows?: number; totalRows?: number; status?: "RUNNING" | "DONE" | "FAILED" }) {
      await db.importProgress.update({ where: { id }, data: { ...change, updatedAt: new Date() } });
    },

    findProgress: (id: string) =>
      db.importProgress.findUnique({
        where: { id },
        select: { id: true, status: true, processedRows: true, totalRows: true, updatedAt: true },
      }),

    async list(query: { regionCode?: string; code?: string; limit: number; offset: number }) {
      const where: Prisma.HouseholdWhereInput = {
        ...(query.regionCode ? { regionCode: query.regionCode } : {}),
        ...(query.code ? { code: { startsWith: query.code } } : {}),
      };
      const [households, total] = await Promise.all([
        db.household.findMany({ where, select: HOUSEHOLD_VIEW, orderBy: { code: "asc" }, take: query.limit, skip: query.offset }),
        db.household.count({ where }),
      ]);
      return { households, total };
    },
  };
}

export type HouseholdsRepository = ReturnType<typeof createHouseholdsRepository>;
