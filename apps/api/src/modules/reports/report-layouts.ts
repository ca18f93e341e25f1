// Column layouts of the downloadable reports, Chinese headers for the bureau's spreadsheets.
import {
  type FairFunnel,
  type FairReportResponse,
  type FairReportRow,
  type FairStats,
  PovertyStatusSchema,
  STAFF_LABELS,
  type ZeroEmploymentHousehold,
} from "@xiezuo/contracts";
import { buildCsv, buildXlsx, type Column, sheet } from "./report-files.ts";

export const ZERO_EMPLOYMENT_COLUMNS: readonly Column<ZeroEmploymentHousehold>[] = [
  { header: "户编号", value: (h) => h.code, width: 22 },
  { header: "行政区划代码", value: (h) => h.regionCode, width: 14 },
  { header: "乡镇", value: (h) => h.township, width: 14 },
  { header: "村", value: (h) => h.village, width: 14 },
  { header: "家庭类别", value: (h) => STAFF_LABELS.povertyStatus[h.povertyStatus], width: 16 },
  { header: "劳动力人数", value: (h) => h.labourCapableMembers },
  { header: "已登记求职人数", value: (h) => h.registeredMembers },
  { header: "有就业意向人数", value: (h) => h.membersWithIntent },
  { header: "已结束的就业", value: (h) => h.endedPlacements },
];

export const FAIR_ROW_COLUMNS: readonly Column<FairReportRow>[] = [
  { header: "企业", value: (r) => r.employerName, width: 30 },
  { header: "展位", value: (r) => r.booth ?? "" },
  { header: "岗位数", value: (r) => r.positions },
  { header: "招聘人数", value: (r) => r.openings },
  { header: "意向条数", value: (r) => r.intents },
  { header: "意向人数", value: (r) => r.seekersWithIntent },
  { header: "录用人数", value: (r) => r.hired },
  { header: "在岗人数", value: (r) => r.placed },
  { header: "稳定就业人数", value: (r) => r.stable },
];

interface Figure {
  label: string;
  value: number;
}

const FIGURE_COLUMNS: readonly Column<Figure>[] = [
  { header: "指标", value: (f) => f.label, width: 30 },
  { header: "数值", value: (f) => f.value, width: 12 },
];

function listFigures(summary: FairStats, funnel: FairFunnel): Figure[] {
  const poverty = summary.seekersWithIntentByPovertyStatus;
  return [
    { label: "参会企业（家）", value: summary.employers },
    { label: "岗位（个）", value: summary.positions },
    { label: "招聘人数", value: summary.openings },
    { label: "其中包吃住岗位招聘人数", value: summary.openingsWithFoodAndLodging },
    { label: "签到求职者（人）", value: summary.checkIns },
    { label: "就业意向（条）", value: summary.intents },
    { label: "达成意向人数", value: summary.seekersWithIntent },
    ...PovertyStatusSchema.options.map((s) => ({
      label: `  其中${STAFF_LABELS.povertyStatus[s]}`,
      value: poverty[s],
    })),
    { label: "漏斗：签到", value: funnel.checkedIn },
    { label: "漏斗：达成意向", value: funnel.withIntent },
    { label: "漏斗：录用", value: funnel.hired },
    { label: "漏斗：在岗", value: funnel.onTheJob },
    { label: "漏斗：稳定就业", value: funnel.stable },
  ];
}

/** The CSV holds the per-employer table only, so it stays one clean table for any tool. */
export function buildFairReportCsv(report: FairReportResponse): string {
  return buildCsv(FAIR_ROW_COLUMNS, report.rows);
}

export function buildFairReportXlsx(report: FairReportResponse): Promise<Buffer> {
  return buildXlsx([
    sheet({ name: "概况", columns: FIGURE_COLUMNS, rows: listFigures(report.summary, report.funnel) }),
    sheet({ name: "企业明细", columns: FAIR_ROW_COLUMNS, rows: report.rows }),
  ]);
}

export function buildZeroEmploymentXlsx(households: readonly ZeroEmploymentHousehold[]): Promise<Buffer> {
  return buildXlsx([sheet({ name: "零就业户", columns: ZERO_EMPLOYMENT_COLUMNS, rows: households })]);
}

/** Keeps a title usable as a file name on every system. */
export function toFileNamePart(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 60);
}
