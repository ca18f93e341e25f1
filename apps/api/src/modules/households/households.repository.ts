import type { HouseholdImportRow } from "@xiezuo/contracts";
import { type Db, type Prisma, sqlPool } from "../../lib/prisma.ts";
import { regionCondition, type Scope } from "../../lib/scope.ts";
import { executeStatement, queryOnClient } from "../../lib/sql-statement.ts";
import { enqueueOnClient } from "../outbox/index.ts";
import { SEEKER_CHANGED } from "../seekers/index.ts";
import { HOUSEHOLD_IMPORT_AUDIT } from "./sql/household-import-audit.sql.ts";
import { HOUSEHOLDS_UPSERT_CHUNK } from "./sql/households-upsert-chunk.sql.ts";
import { IMPORT_PROGRESS_PRUNE } from "./sql/import-progress-prune.sql.ts";
import { IMPORT_PROGRESS_START } from "./sql/import-progress-start.sql.ts";

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
            const [row] = await queryOnClient(
              client,
              HOUSEHOLDS_UPSERT_CHUNK,
              rows.map((r) => r.householdCode),
              rows.map((r) => r.regionCode),
              rows.map((r) => r.township),
              rows.map((r) => r.village),
              rows.map((r) => r.povertyStatus),
              rows.map((r) => r.labourCapableMembers),
            );
            await enqueueOnClient(client, SEEKER_CHANGED, row?.reindexIds ?? []);
            return { imported: row?.imported ?? 0, updated: row?.updated ?? 0 };
          },
        });
        await queryOnClient(client, HOUSEHOLD_IMPORT_AUDIT, audit.actorUserId, audit.entityId, JSON.stringify(audit.data));
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
      await executeStatement(db, IMPORT_PROGRESS_PRUNE, PROGRESS_KEEP_DAYS);
      const inserted = await executeStatement(db, IMPORT_PROGRESS_START, id, actorUserId);
      return inserted === 1;
    },

    async updateProgress(id: string, change: { processedRows?: number; totalRows?: number; status?: "RUNNING" | "DONE" | "FAILED" }) {
      await db.importProgress.update({ where: { id }, data: { ...change, updatedAt: new Date() } });
    },

    /** An import's progress: the platform sees every one, a bureau's user only its own. */
    findProgress: (id: string, actorUserId: string | null) =>
      db.importProgress.findFirst({
        where: { id, ...(actorUserId ? { actorUserId } : {}) },
        select: { id: true, status: true, processedRows: true, totalRows: true, updatedAt: true },
      }),

    /** Of these household codes, those already registered in a region outside [gte, lt). */
    async codesRegisteredOutside(codes: string[], regions: { gte: string; lt: string }): Promise<Set<string>> {
      const found = await db.household.findMany({
        where: { code: { in: codes }, NOT: { regionCode: regions } },
        select: { code: true },
      });
      return new Set(found.map((h) => h.code));
    },

    async list(query: { regionCode?: string; code?: string; limit: number; offset: number }, scope: Scope) {
      const regions = regionCondition(scope);
      const where: Prisma.HouseholdWhereInput = {
        AND: [
          query.regionCode ? { regionCode: query.regionCode } : {},
          query.code ? { code: { startsWith: query.code } } : {},
          regions ? { regionCode: regions } : {},
        ],
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
