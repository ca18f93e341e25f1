// Finds the header row of an uploaded sheet and the position of each column in it. County
// rosters often start with a title (古丈县农户名册), a blank row or a date line; the header is
// the first row that names every column the file needs, in Chinese or English. Each import
// brings its own table of columns and header words (the household registry, the follow-ups).
import { AppError } from "../app-error.ts";
import type { SheetRow } from "./sheet-file.ts";

/** Spaces (also full-width ones), full-width letters and brackets, a "required" star and case do not matter. */
export function normalizeHeader(cell: string): string {
  return cell
    .normalize("NFKC")
    .replace(/[\s*\uFEFF]/g, "")
    .toLowerCase();
}

export interface HeaderSpec<C extends string> {
  /** Every column the sheet may have, with its header words; the first word is its label in messages. */
  headers: Record<C, readonly [string, ...string[]]>;
  /** The columns a header row still lacks (empty: it is complete). */
  missing(found: Partial<Record<C, number>>): C[];
}

export type HeaderPositions<C extends string> = Partial<Record<C, number>>;

function matchColumns<C extends string>(cells: readonly string[], columnOf: ReadonlyMap<string, C>): HeaderPositions<C> {
  const found: HeaderPositions<C> = {};
  cells.forEach((cell, index) => {
    const column = columnOf.get(normalizeHeader(cell));
    if (column && found[column] === undefined) found[column] = index;
  });
  return found;
}

const refuse = (message: string) => new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "file"], message }] });

/**
 * The index of the header row in `rows` and where each column is. Without one, the row
 * that names the most columns is taken for a header that lacks some, and they are listed.
 */
export function findHeaderRow<C extends string>(
  rows: readonly SheetRow[],
  spec: HeaderSpec<C>,
): { index: number; columns: HeaderPositions<C> } {
  const columns = Object.keys(spec.headers) as C[];
  const columnOf = new Map<string, C>(
    columns.flatMap((column) => [column, ...spec.headers[column]].map((word) => [normalizeHeader(word), column] as const)),
  );
  let best: { index: number; found: HeaderPositions<C>; count: number } | null = null;
  for (const [index, row] of rows.entries()) {
    const found = matchColumns(row.cells, columnOf);
    const count = Object.keys(found).length;
    if (count > 0 && spec.missing(found).length === 0) return { index, columns: found };
    if (count > (best?.count ?? 0)) best = { index, found, count };
  }
  const wanted = (list: readonly C[]) => list.map((c) => `${spec.headers[c][0]}（${c}）`).join("、");
  if (!best) throw refuse(`没有找到表头行：文件中应有一行列名，包括 ${wanted(spec.missing({}))}`);
  throw refuse(`第 ${rows[best.index]!.row} 行（表头）缺少列：${wanted(spec.missing(best.found))}`);
}
