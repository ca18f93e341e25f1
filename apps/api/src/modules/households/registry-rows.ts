// From text rows to valid household rows plus row-level rejects with Chinese reasons.
import {
  HOUSEHOLD_IMPORT_COLUMNS,
  HOUSEHOLD_TEMPLATE_EXAMPLE_PREFIX,
  type HouseholdImportColumn,
  type HouseholdImportRow,
  HouseholdImportRowSchema,
  type ImportReject,
  POVERTY_STATUS_WORDS,
  PovertyStatusSchema,
} from "@xiezuo/contracts";
import { AppError } from "../../lib/app-error.ts";
import type { SheetRow } from "../../lib/spreadsheet/sheet-file.ts";
import { describeUnstorableText } from "../../lib/storable-text.ts";
import { columnLabel, findHeader } from "./registry-header.ts";

/** Full-width digits, letters and spaces become plain ones; names of places are kept as written. */
const plain = (cell: string | undefined): string => (cell ?? "").normalize("NFKC").replace(/\s+/g, " ").trim();

const STATUS_OF_WORD = new Map<string, string>(
  PovertyStatusSchema.options.flatMap((status) => [status, ...POVERTY_STATUS_WORDS[status]].map((word) => [word.toUpperCase(), status])),
);

/** A category in words (脱贫户) or as its code (LIFTED, any case); anything else is left for the schema to refuse. */
function readPovertyStatus(cell: string | undefined): string {
  const word = plain(cell).replace(/\s/g, "").toUpperCase();
  return STATUS_OF_WORD.get(word) ?? word;
}

export interface ValidatedRow extends HouseholdImportRow {
  row: number;
}

export interface ValidatedRows {
  valid: ValidatedRow[];
  rejects: ImportReject[];
}

export function validateRegistryRows(rows: SheetRow[]): ValidatedRows {
  if (rows.length === 0) {
    const message = "文件中没有数据";
    throw new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "file"], message }] });
  }
  const header = findHeader(rows);
  const { columns } = header;
  const data = rows.slice(header.index + 1);
  const valid: ValidatedRow[] = [];
  const rejects: ImportReject[] = [];
  const firstRowOfCode = new Map<string, number>();

  for (const { row, cells } of data) {
    if (plain(cells[columns.householdCode]).startsWith(HOUSEHOLD_TEMPLATE_EXAMPLE_PREFIX)) continue;
    // Text the database cannot store (U+0000…) is the file's fault, not a server error.
    const unstorable = HOUSEHOLD_IMPORT_COLUMNS.map((column) => ({
      column,
      message: describeUnstorableText(cells[columns[column]] ?? ""),
    })).find((c) => c.message);
    if (unstorable) {
      rejects.push({ row, reason: `${columnLabel(unstorable.column)}：${unstorable.message}` });
      continue;
    }
    const parsed = HouseholdImportRowSchema.safeParse({
      householdCode: plain(cells[columns.householdCode]),
      regionCode: plain(cells[columns.regionCode]),
      township: cells[columns.township] ?? "",
      village: cells[columns.village] ?? "",
      povertyStatus: readPovertyStatus(cells[columns.povertyStatus]),
      labourCapableMembers: plain(cells[columns.labourCapableMembers]),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const column = issue?.path[0] as HouseholdImportColumn | undefined;
      rejects.push({ row, reason: `${column ? columnLabel(column) : "行"}：${issue?.message ?? "格式不正确"}` });
      continue;
    }
    const earlier = firstRowOfCode.get(parsed.data.householdCode);
    if (earlier !== undefined) {
      rejects.push({ row, reason: `${columnLabel("householdCode")}：与第 ${earlier} 行重复` });
      continue;
    }
    firstRowOfCode.set(parsed.data.householdCode, row);
    valid.push({ row, ...parsed.data });
  }
  return { valid, rejects };
}
