import { HOUSEHOLD_IMPORT_COLUMNS, HOUSEHOLD_IMPORT_MAX_BYTES, type PovertyStatus } from "@xiezuo/contracts";

/** What each column means, for the page and for people filling the template. */
export const COLUMN_HELP: Record<(typeof HOUSEHOLD_IMPORT_COLUMNS)[number], string> = {
  householdCode: "户编号：名册上的编号，4–40位数字、字母或横线；同一户再次导入会更新原记录",
  regionCode: "行政区划代码：6位数字，例如古丈县 433126",
  township: "乡镇，例如 古阳镇",
  village: "村（社区），例如 坪坝村",
  povertyStatus: "家庭类别：建档立卡户、脱贫户、防返贫监测户、一般户（也可写 REGISTERED_POOR、LIFTED、MONITORED、NONE）",
  labourCapableMembers: "有劳动能力的人数：0–30 的整数",
};

export const EXAMPLE_ROW: Record<(typeof HOUSEHOLD_IMPORT_COLUMNS)[number], string> = {
  householdCode: "433126-0001",
  regionCode: "433126",
  township: "古阳镇",
  village: "坪坝村",
  povertyStatus: "REGISTERED_POOR" satisfies PovertyStatus,
  labourCapableMembers: "2",
};

/**
 * The template: the header row only, so no sample household is ever imported by mistake.
 * The byte-order mark makes Excel open the UTF-8 file with Chinese intact.
 */
export function buildTemplateCsv(): string {
  return `\uFEFF${HOUSEHOLD_IMPORT_COLUMNS.join(",")}\r\n`;
}

const ACCEPTED_EXTENSIONS = [".csv", ".xlsx"];

/** Checks before uploading: a reason in Chinese, or null when the file may be sent. */
export function checkImportFile(file: { name: string; size: number }): string | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((extension) => name.endsWith(extension))) return "只支持 CSV（UTF-8）和 Excel（.xlsx）文件";
  if (file.size === 0) return "这个文件是空的";
  if (file.size > HOUSEHOLD_IMPORT_MAX_BYTES) return "文件超过 20 MB，请拆成几个文件分别导入";
  return null;
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
