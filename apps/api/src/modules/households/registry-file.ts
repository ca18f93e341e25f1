// Turns an uploaded registry file (UTF-8 CSV or XLSX) into text rows with their
// spreadsheet row numbers. Knows file formats, nothing about households.
import { isUtf8 } from "node:buffer";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import type ExcelJS from "exceljs";
import { AppError } from "../../lib/app-error.ts";

export interface SheetRow {
  /** Row number as a spreadsheet shows it (the header is usually row 1). */
  row: number;
  cells: string[];
}

export type FileFormat = "csv" | "xlsx";

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

const invalidFile = (message: string) => new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "file"], message }] });

/** The content decides, not the file name: an .xlsx renamed .csv is still a workbook. */
export function detectFormat(data: Buffer): FileFormat {
  if (data.subarray(0, 4).equals(ZIP_MAGIC)) return "xlsx";
  if (data.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "不支持旧版 .xls 文件，请另存为 .xlsx 或 UTF-8 编码的 CSV");
  }
  return "csv";
}

/** Bytes parsed between two turns of the event loop, so an import never stalls other requests for long. */
const CSV_SLICE_BYTES = 256 * 1024;

async function readCsv(data: Buffer): Promise<SheetRow[]> {
  if (!isUtf8(data)) throw invalidFile("文件不是 UTF-8 编码。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”，或上传 .xlsx");
  // csv-parse collects a field's bytes before decoding, so a slice may end inside a character.
  const parser = parse({ bom: true, relax_column_count: true, trim: true });
  const records: string[][] = [];
  parser.on("readable", () => {
    for (let record = parser.read(); record !== null; record = parser.read()) records.push(record);
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on("end", resolve);
    parser.on("error", reject);
  });
  try {
    for (let start = 0; start < data.length; start += CSV_SLICE_BYTES) {
      parser.write(data.subarray(start, start + CSV_SLICE_BYTES));
      await new Promise((resolve) => setImmediate(resolve));
    }
    parser.end();
    await finished;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw invalidFile(`CSV 格式错误${line ? `（第 ${line} 行附近）` : ""}，请检查引号和分隔符`);
  }
  // Blank lines are kept until here so that a record's index is its spreadsheet row.
  return records.map((cells, index) => ({ row: index + 1, cells }));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
    return "";
  }
  return String(value).trim();
}

/** The first worksheet, streamed: about three times faster than loading the workbook, and lighter. */
async function readXlsx(data: Buffer): Promise<SheetRow[]> {
  // Loaded on first use: exceljs is large and most API processes never read a workbook.
  const { default: Excel } = await import("exceljs");
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([data]), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  const rows: SheetRow[] = [];
  let sawSheet = false;
  try {
    for await (const sheet of reader) {
      sawSheet = true;
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cellText(cell.value).trim();
        });
        rows.push({ row: row.number, cells: Array.from(cells, (c) => c ?? "") });
      }
      break;
    }
  } catch {
    throw invalidFile("无法读取 .xlsx 文件，文件可能已损坏");
  }
  if (!sawSheet) throw invalidFile("工作簿中没有工作表");
  return rows;
}

/** Rows of the first sheet (XLSX) or of the whole file (CSV), blank rows left out. */
export async function readSheetRows(data: Buffer, format: FileFormat): Promise<SheetRow[]> {
  const rows = format === "xlsx" ? await readXlsx(data) : await readCsv(data);
  return rows.filter((r) => r.cells.some((c) => c !== ""));
}
