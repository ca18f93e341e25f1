// Finds the header row of a registry sheet and the position of each column in it. County
// rosters often start with a title (古丈县农户名册), a blank row or a date line; the header
// is the first row that names every required column, in Chinese or English.
import { HOUSEHOLD_IMPORT_COLUMNS, HOUSEHOLD_IMPORT_HEADERS, type HouseholdImportColumn } from "@xiezuo/contracts";
import { AppError } from "../../lib/app-error.ts";
import type { SheetRow } from "./registry-file.ts";

export type ColumnPositions = Record<HouseholdImportColumn, number>;

/** The label of a column in messages and reasons: the template's header word. */
export const columnLabel = (column: HouseholdImportColumn): string => HOUSEHOLD_IMPORT_HEADERS[column][0];

/** Spaces (also full-width ones), full-width letters and brackets, a "required" star and case do not matter. */
export function normalizeHeader(cell: string): string {
  return cell
    .normalize("NFKC")
    .replace(/[\s*\uFEFF]/g, "")
    .toLowerCase();
}

const COLUMN_OF_HEADER = new Map<string, HouseholdImportColumn>(
  HOUSEHOLD_IMPORT_COLUMNS.flatMap((column) =>
    [column, ...HOUSEHOLD_IMPORT_HEADERS[column]].map((word) => [normalizeHeader(word), column]),
  ),
);

function matchColumns(cells: readonly string[]): Partial<ColumnPositions> {
  const found: Partial<ColumnPositions> = {};
  cells.forEach((cell, index) => {
    const column = COLUMN_OF_HEADER.get(normalizeHeader(cell));
    if (column && found[column] === undefined) found[column] = index;
  });
  return found;
}

const refuse = (message: string) => new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "file"], message }] });

/**
 * The index of the header row in `rows` and where each column is. Without one, the row
 * that names the most columns is taken for a header that lacks some, and they are listed.
 */
export function findHeader(rows: readonly SheetRow[]): { index: number; columns: ColumnPositions } {
  let best: { index: number; found: Partial<ColumnPositions>; count: number } | null = null;
  for (const [index, row] of rows.entries()) {
    const found = matchColumns(row.cells);
    const count = Object.keys(found).length;
    if (count === HOUSEHOLD_IMPORT_COLUMNS.length) return { index, columns: found as ColumnPositions };
    if (count > (best?.count ?? 0)) best = { index, found, count };
  }
  const wanted = (columns: readonly HouseholdImportColumn[]) => columns.map((c) => `${columnLabel(c)}（${c}）`).join("、");
  if (!best) throw refuse(`没有找到表头行：名册中应有一行列名，包括 ${wanted(HOUSEHOLD_IMPORT_COLUMNS)}`);
  const { index, found } = best;
  const missing = HOUSEHOLD_IMPORT_COLUMNS.filter((column) => found[column] === undefined);
  throw refuse(`第 ${rows[index]!.row} 行（表头）缺少列：${wanted(missing)}`);
}
