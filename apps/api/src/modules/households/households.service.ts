import {
  HOUSEHOLD_IMPORT_MAX_LISTED_REJECTS,
  type Household,
  type HouseholdImportResult,
  type HouseholdListQuery,
  type HouseholdTemplateQuery,
  type ImportProgress,
  type ImportReject,
} from "@xiezuo/contracts";
import type { AuthContext, AuthUser } from "../../http/auth-context.ts";
import { AppError, notFound } from "../../lib/app-error.ts";
import { regionCondition, regionInScope, type Scope } from "../../lib/scope.ts";
import { detectFormat, readSheetRows } from "../../lib/spreadsheet/sheet-file.ts";
import { type HouseholdsRepository, UPSERT_CHUNK_ROWS } from "./households.repository.ts";
import { type ValidatedRow, validateRegistryRows } from "./registry-rows.ts";
import { buildRegistryTemplate } from "./registry-template.ts";

type HouseholdRow = Awaited<ReturnType<HouseholdsRepository["list"]>>["households"][number];

const toHousehold = (row: HouseholdRow): Household => ({ ...row, updatedAt: row.updatedAt.toISOString() });

export function createHouseholdsService(deps: { households: HouseholdsRepository }) {
  const { households } = deps;

  /**
   * A bureau imports only its own households: a row whose region lies outside its
   * jurisdiction, or whose household code is registered in another region, is rejected
   * with the reason and nothing is written for it.
   */
  async function keepInJurisdiction(valid: ValidatedRow[], rejects: ImportReject[], scope: Scope): Promise<ValidatedRow[]> {
    const regions = regionCondition(scope);
    if (!regions || scope.platform) return valid;
    const outside = (row: ValidatedRow) => !regionInScope(scope, row.regionCode);
    const elsewhere = new Set<string>();
    for (let start = 0; start < valid.length; start += UPSERT_CHUNK_ROWS) {
      const codes = valid.slice(start, start + UPSERT_CHUNK_ROWS).map((r) => r.householdCode);
      for (const code of await households.codesRegisteredOutside(codes, regions)) elsewhere.add(code);
    }
    return valid.filter((row) => {
      if (outside(row)) {
        rejects.push({ row: row.row, reason: `行政区划代码 ${row.regionCode} 不在本机构辖区（${scope.regionCode}）内` });
        return false;
      }
      if (elsewhere.has(row.householdCode)) {
        rejects.push({ row: row.row, reason: `户编号 ${row.householdCode} 已登记在其他辖区，不能由本机构修改` });
        return false;
      }
      return true;
    });
  }

  async function runImport(data: Buffer, actor: AuthContext, importId: string | null): Promise<HouseholdImportResult> {
    const progress = (change: Parameters<HouseholdsRepository["updateProgress"]>[1]) =>
      importId ? households.updateProgress(importId, change) : Promise.resolve();

    const format = detectFormat(data);
    const { rows, encoding } = await readSheetRows(data, format);
    const validated = validateRegistryRows(rows);
    const { rejects } = validated;
    const valid = await keepInJurisdiction(validated.valid, rejects, actor.scope);
    const totalRows = valid.length + rejects.length;
    await progress({ totalRows, processedRows: rejects.length });

    // One global order, so two imports touching the same households lock them in the same order.
    valid.sort((a, b) => (a.householdCode < b.householdCode ? -1 : a.householdCode > b.householdCode ? 1 : 0));
    const counts = { imported: 0, updated: 0 };
    const audit = { format, encoding, totalRows, rejectedCount: rejects.length, valid: valid.length };
    await households.importInTransaction(
      async (writer) => {
        for (let start = 0; start < valid.length; start += UPSERT_CHUNK_ROWS) {
          const chunk = valid.slice(start, start + UPSERT_CHUNK_ROWS);
          const written = await writer.upsertChunk(chunk);
          counts.imported += written.imported;
          counts.updated += written.updated;
          await progress({ processedRows: rejects.length + start + chunk.length });
        }
      },
      { actorUserId: actor.user.id, entityId: importId, data: audit },
    );
    rejects.sort((a, b) => a.row - b.row);
    return {
      imported: counts.imported,
      updated: counts.updated,
      unchanged: valid.length - counts.imported - counts.updated,
      rejected: rejects.slice(0, HOUSEHOLD_IMPORT_MAX_LISTED_REJECTS),
      rejectedCount: rejects.length,
      totalRows,
    };
  }

  return {
    /** Registers the import id before the upload is read, so the uploader can poll from the first byte. */
    async beginImport(importId: string, actor: AuthUser): Promise<void> {
      if (!(await households.startProgress(importId, actor.id))) throw new AppError("CONFLICT", "该导入编号已被使用，请重新生成");
    },

    async importRegistry(data: Buffer, actor: AuthContext, importId: string | null): Promise<HouseholdImportResult> {
      try {
        const result = await runImport(data, actor, importId);
        if (importId) await households.updateProgress(importId, { status: "DONE", processedRows: result.totalRows });
        return result;
      } catch (error) {
        if (importId) await households.updateProgress(importId, { status: "FAILED" }).catch(() => {});
        throw error;
      }
    },

    /** The upload failed before the file could be read (too large, malformed multipart…). */
    async failImport(importId: string): Promise<void> {
      await households.updateProgress(importId, { status: "FAILED" }).catch(() => {});
    },

    async getProgress(importId: string, actor: AuthContext): Promise<ImportProgress> {
      const row = await households.findProgress(importId, actor.scope.platform ? null : actor.user.id);
      if (!row) throw notFound("导入任务");
      return {
        importId: row.id,
        status: row.status,
        processedRows: row.processedRows,
        totalRows: row.totalRows,
        updatedAt: row.updatedAt.toISOString(),
      };
    },

    /** The file to fill in: Chinese headers and example rows, CSV or XLSX. */
    buildImportTemplate(format: HouseholdTemplateQuery["format"]) {
      return buildRegistryTemplate(format);
    },

    async listHouseholds(query: HouseholdListQuery, scope: Scope) {
      const { households: rows, total } = await households.list(query, scope);
      return { households: rows.map(toHousehold), total };
    },
  };
}

export type HouseholdsService = ReturnType<typeof createHouseholdsService>;
