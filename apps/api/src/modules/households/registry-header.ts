// The header row of a registry sheet: the household columns in lib/spreadsheet's header finder.
import { HOUSEHOLD_IMPORT_COLUMNS, HOUSEHOLD_IMPORT_HEADERS, type HouseholdImportColumn } from "@xiezuo/contracts";
import type { SheetRow } from "../../lib/spreadsheet/sheet-file.ts";
import { findHeaderRow } from "../../lib/spreadsheet/sheet-header.ts";

export type ColumnPositions = Record<HouseholdImportColumn, number>;

/** The label of a column in messages and reasons: the template's header word. */
export const columnLabel = (column: HouseholdImportColumn): string => HOUSEHOLD_IMPORT_HEADERS[column][0];

/** The index of the header row in `rows` and where each column is; every column is required. */
export function findHeader(rows: readonly SheetRow[]): { index: number; columns: ColumnPositions } {
  const { index, columns } = findHeaderRow(rows, {
    headers: HOUSEHOLD_IMPORT_HEADERS,
    missing: (found) => HOUSEHOLD_IMPORT_COLUMNS.filter((column) => found[column] === undefined),
  });
  return { index, columns: columns as ColumnPositions };
}
