// The county's upward file of the ledger (实名制务工台账): one row per worker, masked ID only.
import { EMPLOYMENT_PLACE_LABELS, regionPath } from "@xiezuo/contracts";
import { buildXlsx, type FileColumn, sheet } from "../reports/index.ts";
import type { LedgerWorker } from "./employment.repository.ts";

export const LEDGER_COLUMNS: readonly FileColumn<LedgerWorker>[] = [
  { header: "姓名", value: (w) => w.name, width: 12 },
  { header: "身份证号", value: (w) => w.idNumberMasked, width: 22 },
  { header: "户编号", value: (w) => w.householdCode, width: 18 },
  { header: "乡镇", value: (w) => w.township, width: 12 },
  { header: "村", value: (w) => w.village, width: 12 },
  { header: "务工地点", value: (w) => EMPLOYMENT_PLACE_LABELS[w.place], width: 12 },
  { header: "就业单位", value: (w) => w.employerName ?? "", width: 30 },
  { header: "务工地区", value: (w) => (w.workRegionCode ? `${regionPath(w.workRegionCode)}（${w.workCity ?? ""}）` : ""), width: 36 },
  { header: "年内务工月数", value: (w) => w.monthsEmployed, width: 14 },
];

export function buildLedgerXlsx(month: string, workers: readonly LedgerWorker[]): Promise<Buffer> {
  return buildXlsx([sheet({ name: `${month} 务工台账`, columns: LEDGER_COLUMNS, rows: workers })]);
}
