import {
  HOUSEHOLD_IMPORT_COLUMNS,
  HOUSEHOLD_IMPORT_HEADERS,
  HOUSEHOLD_IMPORT_MAX_BYTES,
  type HouseholdImportColumn,
  POVERTY_STATUS_WORDS,
  PovertyStatusSchema,
} from "@xiezuo/contracts";
import { checkSheetFile } from "../../lib/sheet-file-check.ts";

/** The template the API serves; the same header words the import reads. */
export const TEMPLATE_URLS = {
  csv: "/api/households/import-template?format=csv",
  xlsx: "/api/households/import-template?format=xlsx",
} as const;

/** The category words a clerk writes, as the page shows them: 建档立卡户、脱贫户… */
export const CATEGORY_WORDS = PovertyStatusSchema.options.map((status) => POVERTY_STATUS_WORDS[status][0]).join("、");

/** What each column holds, for the page's format notes. */
const COLUMN_HELP: Record<HouseholdImportColumn, string> = {
  householdCode: "名册上的编号，4–40位数字、字母或横线；同一户再次导入会更新原记录",
  regionCode: "6位数字，例如古丈县 433126",
  township: "例如 古阳镇",
  village: "村（社区），例如 坪坝村",
  povertyStatus: CATEGORY_WORDS,
  labourCapableMembers: "有劳动能力的人数，0–30 的整数",
};

/** Each column with its header word in the template, other accepted header words, and what goes in it. */
export const TEMPLATE_COLUMNS = HOUSEHOLD_IMPORT_COLUMNS.map((column) => {
  const [header, ...others] = HOUSEHOLD_IMPORT_HEADERS[column];
  return { column, header, others, help: COLUMN_HELP[column] };
});

/** Checks before uploading: a reason in Chinese, or null when the file may be sent. */
export function checkImportFile(file: { name: string; size: number }): string | null {
  return checkSheetFile(file, HOUSEHOLD_IMPORT_MAX_BYTES);
}

export type ImportPhase =
  | { phase: "uploading"; percent: number }
  | { phase: "processing"; processedRows: number; totalRows: number | null; percent: number | null };

/** Upload first (bytes sent), then the server's reading of rows; percentages are whole numbers. */
export function getImportPhase(
  upload: { loaded: number; total: number },
  server: { processedRows: number; totalRows: number | null } | null,
): ImportPhase {
  const isUploaded = upload.total > 0 && upload.loaded >= upload.total;
  if (!isUploaded && !(server && server.processedRows > 0)) {
    return { phase: "uploading", percent: upload.total > 0 ? Math.floor((upload.loaded / upload.total) * 100) : 0 };
  }
  const processedRows = server?.processedRows ?? 0;
  const totalRows = server?.totalRows ?? null;
  const percent = totalRows && totalRows > 0 ? Math.min(100, Math.floor((processedRows / totalRows) * 100)) : null;
  return { phase: "processing", processedRows, totalRows, percent };
}
