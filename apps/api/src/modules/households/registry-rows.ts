// From text rows to valid household rows plus row-level rejects with Chinese reasons.
import { HOUSEHOLD_IMPORT_COLUMNS, type HouseholdImportRow, HouseholdImportRowSchema, type ImportReject } from "@xiezuo/contracts";
import { AppError } from "../../lib/app-error.ts";
import { describeUnstorableText } from "../../lib/storable-text.ts";
import type { SheetRow } from "./registry-file.ts";

type Column = (typeof HOUSEHOLD_IMPORT_COLUMNS)[number];

/** Bureau exports use Chinese headers; both spellings are accepted. */
const HEADER_ALIASES: Record<Column, string[]> = {
  householdCode: ["householdcode", "户编号", "户编码"],
  regionCode: ["regioncode", "行政区划代码", "区划代码"],
  township: ["township", "乡镇", "乡（镇）", "乡镇（街道）"],
  village: ["village", "村", "行政村", "村（社区）"],
  povertyStatus: ["povertystatus", "户类型", "贫困状态"],
  labourCapableMembers: ["labourcapablemembers", "劳动力人数", "有劳动能力人数"],
};

const COLUMN_LABELS: Record<Column, string> = {
  householdCode: "户编号",
  regionCode: "行政区划代码",
  township: "乡镇",
  village: "村",
  povertyStatus: "户类型",
  labourCapableMembers: "劳动力人数",
};

const POVERTY_ALIASES: Record<string, string> = {
  建档立卡户: "REGISTERED_POOR",
  建档立卡贫困户: "REGISTERED_POOR",
  脱贫户: "LIFTED",
  监测户: "MONITORED",
  防返贫监测户: "MONITORED",
  一般户: "NONE",
  无: "NONE",
};

export interface ValidatedRow extends HouseholdImportRow {
  row: number;
}

export interface ValidatedRows {
  valid: ValidatedRow[];
  rejects: ImportReject[];
}

function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, "")
    .replace(/\s+/g, "")
    .toLowerCase();
}

/** Column positions from the header row; unknown columns (e.g. a householder's name) are never read. */
function mapHeader(header: SheetRow): Record<Column, number> {
  const positions = header.cells.map(normalizeHeader);
  const found = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const column of HOUSEHOLD_IMPORT_COLUMNS) {
    const index = positions.findIndex((p) => HEADER_ALIASES[column].includes(p));
    if (index < 0) missing.push(`${column}（${COLUMN_LABELS[column]}）`);
    else found[column] = index;
  }
  if (missing.length > 0) {
    const message = `第 ${header.row} 行（表头）缺少列：${missing.join("、")}`;
    throw new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "file"], message }] });
  }
  return found;
}

export function validateRegistryRows(rows: SheetRow[]): ValidatedRows {
  const [header, ...data] = rows;
  if (!header) {
    const message = "文件中没有数据";
    throw new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "file"], message }] });
  }
  const columns = mapHeader(header);
  const valid: ValidatedRow[] = [];
  const rejects: ImportReject[] = [];
  const firstRowOfCode = new Map<string, number>();

  for (const { row, cells } of data) {
    // Text the database cannot store (U+0000…) is the file's fault, not a server error.
    const unstorable = HOUSEHOLD_IMPORT_COLUMNS.map((column) => ({
      column,
      message: describeUnstorableText(cells[columns[column]] ?? ""),
    })).find((c) => c.message);
    if (unstorable) {
      rejects.push({ row, reason: `${COLUMN_LABELS[unstorable.column]}：${unstorable.message}` });
      continue;
    }
    const status = (cells[columns.povertyStatus] ?? "").trim();
    const parsed = HouseholdImportRowSchema.safeParse({
      householdCode: cells[columns.householdCode] ?? "",
      regionCode: cells[columns.regionCode] ?? "",
      township: cells[columns.township] ?? "",
      village: cells[columns.village] ?? "",
      povertyStatus: POVERTY_ALIASES[status] ?? status.toUpperCase(),
      labourCapableMembers: cells[columns.labourCapableMembers] ?? "",
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const column = issue?.path[0] as Column | undefined;
      rejects.push({ row, reason: `${column ? COLUMN_LABELS[column] : "行"}：${issue?.message ?? "格式不正确"}` });
      continue;
    }
    const earlier = firstRowOfCode.get(parsed.data.householdCode);
    if (earlier !== undefined) {
      rejects.push({ row, reason: `户编号：与第 ${earlier} 行重复` });
      continue;
    }
    firstRowOfCode.set(parsed.data.householdCode, row);
    valid.push({ row, ...parsed.data });
  }
  return { valid, rejects };
}
