// From the rows of a follow-up file (CSV or XLSX, read by lib/spreadsheet) to follow-ups to
// record, plus row-level rejects with Chinese reasons. Each row names its placement by
// 就业记录编号 (placementId) or by 身份证号 (idNumber); the answer is read as the follow-up
// form's body (CreateFollowUpRequestSchema), so a file says what the form may say.
import {
  type CreateFollowUpRequest,
  CreateFollowUpRequestSchema,
  EMPLOYED_WORDS,
  FOLLOW_UP_IMPORT_HEADERS,
  type FollowUpImportColumn,
  IdSchema,
  type ImportReject,
  validateIdNumber,
} from "@xiezuo/contracts";
import { AppError } from "../../lib/app-error.ts";
import type { SheetRow } from "../../lib/spreadsheet/sheet-file.ts";
import { findHeaderRow, type HeaderPositions } from "../../lib/spreadsheet/sheet-header.ts";
import { describeUnstorableText } from "../../lib/storable-text.ts";

export interface FollowUpRow {
  row: number;
  /** Exactly one of the two names the placement. */
  placementId: string | null;
  idNumber: string | null;
  followUp: Pick<CreateFollowUpRequest, "checkedOn" | "employed" | "monthlyWage">;
}

const label = (column: FollowUpImportColumn) => FOLLOW_UP_IMPORT_HEADERS[column][0];
const plain = (cell: string | undefined) => (cell ?? "").normalize("NFKC").replace(/\s+/g, "").trim();

/** Both naming columns are missing only when neither is there; the two answers are always needed. */
function missingColumns(found: HeaderPositions<FollowUpImportColumn>): FollowUpImportColumn[] {
  const missing: FollowUpImportColumn[] = [];
  if (found.placementId === undefined && found.idNumber === undefined) missing.push("placementId", "idNumber");
  if (found.checkedOn === undefined) missing.push("checkedOn");
  if (found.employed === undefined) missing.push("employed");
  return missing;
}

/** 2026-11-30, 2026/11/30, 2026.11.30 or 2026年11月30日 as `YYYY-MM-DD`; anything else as typed (the schema refuses it). */
export function readDate(cell: string | undefined): string {
  const text = plain(cell);
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!match) return text;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

const YES = new Set<string>(EMPLOYED_WORDS.yes);
const NO = new Set<string>(EMPLOYED_WORDS.no);

/** 是/否 (and the other words of EMPLOYED_WORDS) as a boolean; null when it is neither. */
export function readEmployed(cell: string | undefined): boolean | null {
  const word = plain(cell).toUpperCase();
  return YES.has(word) ? true : NO.has(word) ? false : null;
}

/** A wage cell: empty → none; "5,200" or "5200元" → 5200; other text stays text for the schema to refuse. */
function readWage(cell: string | undefined): number | string | undefined {
  const text = plain(cell).replace(/[,，]/g, "").replace(/元$/, "");
  if (text === "") return undefined;
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

function readRow(row: SheetRow, columns: HeaderPositions<FollowUpImportColumn>): FollowUpRow | ImportReject {
  const cell = (column: FollowUpImportColumn) => (columns[column] === undefined ? undefined : row.cells[columns[column]]);
  for (const column of Object.keys(columns) as FollowUpImportColumn[]) {
    const unstorable = describeUnstorableText(cell(column) ?? "");
    if (unstorable) return { row: row.row, reason: `${label(column)}：${unstorable}` };
  }
  const placementText = plain(cell("placementId"));
  const idText = plain(cell("idNumber"));
  let placementId: string | null = null;
  let idNumber: string | null = null;
  if (placementText !== "") {
    if (!IdSchema.safeParse(placementText.toLowerCase()).success) return { row: row.row, reason: `${label("placementId")}：格式不正确` };
    placementId = placementText.toLowerCase();
  } else if (idText !== "") {
    const checked = validateIdNumber(idText);
    if (!checked.ok) return { row: row.row, reason: `${label("idNumber")}：${checked.reason}` };
    idNumber = idText.toUpperCase();
  } else {
    return { row: row.row, reason: `请填写${label("placementId")}或${label("idNumber")}` };
  }
  const employed = readEmployed(cell("employed"));
  if (employed === null) return { row: row.row, reason: `${label("employed")}：请填写“是”或“否”` };
  const parsed = CreateFollowUpRequestSchema.safeParse({
    checkedOn: readDate(cell("checkedOn")),
    employed,
    monthlyWage: readWage(cell("monthlyWage")),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const column = issue?.path[0] as FollowUpImportColumn | undefined;
    return { row: row.row, reason: `${column ? label(column) : "行"}：${issue?.message ?? "格式不正确"}` };
  }
  const { checkedOn, monthlyWage } = parsed.data;
  return { row: row.row, placementId, idNumber, followUp: { checkedOn, employed, monthlyWage } };
}

export function readFollowUpRows(rows: readonly SheetRow[], maxRows: number): { valid: FollowUpRow[]; rejects: ImportReject[] } {
  const refuse = (message: string) => new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "file"], message }] });
  if (rows.length === 0) throw refuse("文件中没有数据");
  const header = findHeaderRow(rows, { headers: FOLLOW_UP_IMPORT_HEADERS, missing: missingColumns });
  const data = rows.slice(header.index + 1);
  if (data.length > maxRows) throw refuse(`一次最多导入 ${maxRows} 行回访，请分成几个文件上传`);
  const valid: FollowUpRow[] = [];
  const rejects: ImportReject[] = [];
  for (const row of data) {
    const read = readRow(row, header.columns);
    if ("reason" in read) rejects.push(read);
    else valid.push(read);
  }
  return { valid, rejects };
}
