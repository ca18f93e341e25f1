// Turns an uploaded spreadsheet file (CSV in UTF-8 or GBK, or XLSX) into text rows with their
// spreadsheet row numbers. Knows file formats, nothing about households.
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import type ExcelJS from "exceljs";
import { decodeCsvText, type TextEncoding, unreadableFile } from "./text-encoding.ts";

export interface SheetRow {
  /** Row number as a spreadsheet shows it (the header is usually row 1). */
  row: number;
  cells: string[];
}

export type FileFormat = "csv" | "xlsx";

export interface SheetFile {
  rows: SheetRow[];
  /** The text encoding a CSV was read in; null for a workbook. */
  encoding: TextEncoding | null;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The content decides, not the file name: an .xlsx renamed .csv is still a workbook. */
export function detectFormat(data: Buffer): FileFormat {
  if (data.subarray(0, 4).equals(ZIP_MAGIC)) return "xlsx";
  if (data.subarray(0, 4).equals(OLE_MAGIC)) throw unreadableFile("这是旧版 Excel 97-2003 工作簿（.xls），无法直接导入");
  return "csv";
}

/** Bytes decoded and parsed between two turns of the event loop, so an import never stalls other requests for long. */
const CSV_SLICE_BYTES = 256 * 1024;

/** Excel's "Unicode 文本" and WPS's "文本文件" separate cells with tabs; every CSV save uses commas. */
function chooseDelimiter(firstPiece: string): "," | "\t" {
  const sample = firstPiece.slice(0, 64 * 1024);
  const count = (character: string) => sample.split(character).length - 1;
  return count("\t") > count(",") ? "\t" : ",";
}

async function readCsv(data: Buffer): Promise<SheetFile> {
  const { encoding, pieces } = await decodeCsvText(data, CSV_SLICE_BYTES);
  const parser = parse({ delimiter: chooseDelimiter(pieces[0] ?? ""), relax_column_count: true, trim: true });
  const records: string[][] = [];
  parser.on("readable", () => {
    for (let record = parser.read(); record !== null; record = parser.read()) records.push(record);
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on("end", resolve);
    parser.on("error", reject);
  });
  try {
    for (const piece of pieces) {
      parser.write(piece);
      await new Promise((resolve) => setImmediate(resolve));
    }
    parser.end();
    await finished;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw unreadableFile(`CSV 格式错误${line ? `（第 ${line} 行附近）` : ""}，请检查引号和分隔符`);
  }
  // Blank lines are kept until here so that a record's index is its spreadsheet row.
  return { encoding, rows: records.map((cells, index) => ({ row: index + 1, cells })) };
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
async function readXlsx(data: Buffer): Promise<SheetFile> {
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
    throw unreadableFile("无法读取这个 .xlsx 文件，文件可能已损坏");
  }
  if (!sawSheet) throw unreadableFile("工作簿中没有工作表");
  return { encoding: null, rows };
}

/** Rows of the first sheet (XLSX) or of the whole file (CSV), blank rows left out. */
export async function readSheetRows(data: Buffer, format: FileFormat): Promise<SheetFile> {
  const file = format === "xlsx" ? await readXlsx(data) : await readCsv(data);
  return { ...file, rows: file.rows.filter((r) => r.cells.some((c) => c !== "")) };
}
