// 批量导入回访: the template a clerk fills in (made in the browser with the import's own header
// words) and the checks before the upload. The import reads every row, so the template's
// 示例 row is not skipped: it is named as such and the page says to delete it.
import {
  FOLLOW_UP_IMPORT_COLUMNS,
  FOLLOW_UP_IMPORT_HEADERS,
  FOLLOW_UP_IMPORT_MAX_BYTES,
  type FollowUpImportColumn,
} from "@xiezuo/contracts";
import { checkSheetFile } from "../../lib/sheet-file-check.ts";

export const FOLLOW_UP_TEMPLATE_FILE_NAME = "就业回访导入模板.csv";

/** Each column with its header word in the template and what goes in it. */
const COLUMN_HELP: Record<FollowUpImportColumn, string> = {
  placementId: "就业记录的编号；与身份证号填一项即可",
  idNumber: "18位身份证号，找此人当前的就业记录",
  checkedOn: "回访那天，例如 2026-05-10，不能晚于今天",
  employed: "是 或 否",
  monthlyWage: "在岗时的月工资（元），可不填",
};

export const FOLLOW_UP_TEMPLATE_COLUMNS = FOLLOW_UP_IMPORT_COLUMNS.map((column) => ({
  column,
  header: FOLLOW_UP_IMPORT_HEADERS[column][0],
  help: COLUMN_HELP[column],
}));

/** The example row: its 就业记录编号 is not a valid one, so if left in it is listed as not imported and records nothing. */
export function followUpExampleRow(today: string): Record<FollowUpImportColumn, string> {
  return { placementId: "示例（导入前请删除此行）", idNumber: "433126199001011234", checkedOn: today, employed: "是", monthlyWage: "4500" };
}

const quoteCsv = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The template as CSV text (CRLF lines; the download adds the BOM): the Chinese header row and one 示例 row. */
export function buildFollowUpTemplateCsv(today: string): string {
  const example = followUpExampleRow(today);
  const lines = [
    FOLLOW_UP_TEMPLATE_COLUMNS.map((c) => quoteCsv(c.header)).join(","),
    FOLLOW_UP_IMPORT_COLUMNS.map((column) => quoteCsv(example[column])).join(","),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

/** Checks before uploading: a reason in Chinese, or null when the file may be sent. */
export function checkFollowUpFile(file: { name: string; size: number }): string | null {
  return checkSheetFile(file, FOLLOW_UP_IMPORT_MAX_BYTES);
}

/** Upload progress as a whole percentage. */
export function uploadPercent(loaded: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor((loaded / total) * 100)) : 0;
}

/** The result's sentence: how many rows were recorded and how many were not. */
export function describeFollowUpImport(result: { recorded: number; rejected: readonly unknown[] }): string {
  if (result.recorded === 0 && result.rejected.length === 0) return "文件里没有可导入的行。";
  const recorded = `已记录 ${result.recorded} 条回访`;
  return result.rejected.length > 0
    ? `${recorded}，${result.rejected.length} 行未导入，请改正后重新导入这些行。`
    : `${recorded}，全部成功。`;
}
