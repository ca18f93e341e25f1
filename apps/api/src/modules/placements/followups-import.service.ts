// POST /api/followups/import: a month of follow-ups in one upload (the importing side or an
// employer confirms who is still at work). Every row goes through the placements service's
// addFollowUp, exactly as POST /api/placements/:id/followups, so the status is recomputed
// the same way; a row the caller may not touch (outside its scope, another employer's) is
// rejected with a reason and nothing is written for it. Rows are recorded one by one: a
// rejected row does not undo the others.
import { FOLLOW_UP_IMPORT_MAX_ROWS, type FollowUpImportResult, type ImportReject } from "@xiezuo/contracts";
import { AppError } from "../../lib/app-error.ts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import { hashIdNumber } from "../../lib/personal-data.ts";
import { detectFormat, readSheetRows } from "../../lib/spreadsheet/sheet-file.ts";
import type { Actor } from "../intents/index.ts";
import { type FollowUpRow, readFollowUpRows } from "./followup-rows.ts";
import type { FollowUpImportRepository } from "./followups-import.repository.ts";
import type { PlacementsService } from "./placements.service.ts";

const NOT_YOURS = "找不到该就业记录，或不在本账号可登记的范围内";
const NO_CURRENT = "该身份证号没有在岗的就业记录，或不在本账号可登记的范围内";
/** Refusals of one row that the follow-up form would show too; anything else is a server fault. */
const ROW_REFUSALS = new Set(["NOT_FOUND", "CONFLICT", "VALIDATION_FAILED"]);

export function createFollowUpImportService(deps: {
  imports: FollowUpImportRepository;
  placements: Pick<PlacementsService, "addFollowUp">;
  fieldCrypto: FieldCrypto;
}) {
  const { imports, placements, fieldCrypto } = deps;

  /** The placement the row names, if the caller may record on it; otherwise the reason. */
  async function resolvePlacement(row: FollowUpRow, actor: Actor): Promise<{ id: string } | { reason: string }> {
    const ownEmployer = actor.role === "EMPLOYER" ? actor.employerId : null;
    if (actor.role === "EMPLOYER" && !ownEmployer) return { reason: NOT_YOURS };
    if (row.placementId) {
      const employerId = await imports.findPlacementEmployer(row.placementId, actor.scope);
      if (employerId === null || (ownEmployer && employerId !== ownEmployer)) return { reason: NOT_YOURS };
      return { id: row.placementId };
    }
    const id = await imports.findCurrentPlacement(hashIdNumber(fieldCrypto, row.idNumber!), actor.scope, ownEmployer);
    return id ? { id } : { reason: NO_CURRENT };
  }

  return {
    async importFollowUps(data: Buffer, actor: Actor): Promise<FollowUpImportResult> {
      const { rows } = await readSheetRows(data, detectFormat(data));
      const { valid, rejects } = readFollowUpRows(rows, FOLLOW_UP_IMPORT_MAX_ROWS);
      const rejected: ImportReject[] = [...rejects];
      let recorded = 0;
      for (const row of valid) {
        const placement = await resolvePlacement(row, actor);
        if ("reason" in placement) {
          rejected.push({ row: row.row, reason: placement.reason });
          continue;
        }
        try {
          await placements.addFollowUp(placement.id, row.followUp, actor);
          recorded += 1;
        } catch (error) {
          if (!(error instanceof AppError) || !ROW_REFUSALS.has(error.code)) throw error;
          rejected.push({ row: row.row, reason: error.code === "NOT_FOUND" ? NOT_YOURS : error.message });
        }
      }
      rejected.sort((a, b) => a.row - b.row);
      return { recorded, rejected };
    },
  };
}

export type FollowUpImportService = ReturnType<typeof createFollowUpImportService>;
