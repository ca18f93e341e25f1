// Report downloads: CSV that Excel opens correctly (UTF-8 with BOM, CRLF) and XLSX via exceljs.
import ExcelJS from "exceljs";

export interface Column<T> {
  header: string;
  value: (row: T) => string | number;
  width?: number;
}

export interface Sheet<T> {
  name: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
}

const BOM = "\uFEFF";

/**
 * Quotes when needed, and defuses cells a spreadsheet would run as a formula: a village name
 * beginning with "=" or "+" comes from an imported file, so it is text, never code.
 */
function toCsvCell(value: string | number): string {
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function buildCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => toCsvCell(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => toCsvCell(c.value(row))).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** Sheets of mixed row types, e.g. a summary sheet and a detail sheet. */
export async function buildXlsx(sheets: readonly Sheet<never>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "协作 Xiezuo";
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length * 2 + 2) }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.views = [{ state: "frozen", ySplit: 1 }];
    // exceljs never evaluates strings, so cells stay text without the CSV guard.
    for (const row of sheet.rows) worksheet.addRow(sheet.columns.map((c) => c.value(row)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Lets sheets with different row types share one array. */
export function sheet<T>(value: Sheet<T>): Sheet<never> {
  return value as unknown as Sheet<never>;
}

export const CSV_TYPE = "text/csv; charset=utf-8";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
