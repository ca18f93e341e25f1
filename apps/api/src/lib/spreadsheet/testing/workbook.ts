// Test and benchmark support: an XLSX file as a bureau's Excel would save it.
import ExcelJS from "exceljs";

/** `rows[0]` is the header row; cells keep their JS types (numbers stay numeric cells). */
export async function buildWorkbook(rows: (string | number)[][], sheetName = "Sheet1"): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
