// The registry template offered for download: the Chinese header row the import reads and
// two example rows (skipped on import), as CSV that Excel opens right (UTF-8 with a BOM)
// or as a workbook whose code columns are text and whose category column has a drop-down.
import {
  HOUSEHOLD_IMPORT_COLUMNS,
  HOUSEHOLD_TEMPLATE_EXAMPLE_PREFIX,
  type HouseholdImportColumn,
  type HouseholdTemplateQuery,
  POVERTY_STATUS_WORDS,
  PovertyStatusSchema,
} from "@xiezuo/contracts";
import { buildCsv, CSV_TYPE, type FileColumn, XLSX_TYPE } from "../reports/index.ts";
import { columnLabel } from "./registry-header.ts";

type TemplateRow = Record<HouseholdImportColumn, string>;

const EXAMPLE_ROWS: readonly TemplateRow[] = [
  {
    householdCode: `${HOUSEHOLD_TEMPLATE_EXAMPLE_PREFIX}-433126-0001`,
    regionCode: "433126",
    township: "古阳镇",
    village: "坪坝村",
    povertyStatus: POVERTY_STATUS_WORDS.LIFTED[0],
    labourCapableMembers: "2",
  },
  {
    householdCode: `${HOUSEHOLD_TEMPLATE_EXAMPLE_PREFIX}-433126-0002`,
    regionCode: "433126",
    township: "默戎镇",
    village: "龙鼻村",
    povertyStatus: POVERTY_STATUS_WORDS.MONITORED[0],
    labourCapableMembers: "1",
  },
];

const COLUMNS: readonly FileColumn<TemplateRow>[] = HOUSEHOLD_IMPORT_COLUMNS.map((column) => ({
  header: columnLabel(column),
  value: (row: TemplateRow) => row[column],
}));

/** Rows a clerk can fill in the workbook: the category drop-down and text format reach this far. */
const XLSX_FILLABLE_ROWS = 2000;

async function buildTemplateXlsx(): Promise<Buffer> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "协作 Xiezuo";
  const sheet = workbook.addWorksheet("农户名册", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = HOUSEHOLD_IMPORT_COLUMNS.map((column) => ({
    header: columnLabel(column),
    key: column,
    width: column === "householdCode" ? 22 : 14,
    // Codes stay text: Excel would turn a long numeric household code into 4.33126E+17.
    style: column === "householdCode" || column === "regionCode" ? { numFmt: "@" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of EXAMPLE_ROWS) sheet.addRow({ ...row, labourCapableMembers: Number(row.labourCapableMembers) });
  const words = PovertyStatusSchema.options.map((status) => POVERTY_STATUS_WORDS[status][0]).join(",");
  const categoryColumn = sheet.getColumn("povertyStatus").letter;
  for (let row = 2; row <= XLSX_FILLABLE_ROWS; row++) {
    sheet.getCell(`${categoryColumn}${row}`).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${words}"`],
      showErrorMessage: false,
    };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function buildRegistryTemplate(format: HouseholdTemplateQuery["format"]) {
  const filename = `农户名册导入模板.${format}`;
  return format === "csv"
    ? { contentType: CSV_TYPE, filename, data: buildCsv(COLUMNS, EXAMPLE_ROWS) }
    : { contentType: XLSX_TYPE, filename, data: await buildTemplateXlsx() };
}
