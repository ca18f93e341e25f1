import { type CooperationFigures, type CooperationQuery, CooperationQuerySchema, findRegion, toChinaDate } from "@xiezuo/contracts";
import { mapIssuesToFields } from "../../lib/form-errors.ts";
import { formatNumber, formatPercent } from "../../lib/format.ts";

/** Guzhang county sends, Jinan receives: the pair of the 2017 bulletin. */
export const DEFAULT_EXPORTING_REGION = "433126";
export const DEFAULT_IMPORTING_REGION = "370100";

/** The receiving (eastern) side of the cooperation: Shandong. */
const IMPORTING_PROVINCE_PREFIX = "37";

export interface CooperationFormValues {
  exportingRegionCode: string;
  importingRegionCode: string;
  from: string;
  to: string;
}

export type CooperationField = keyof CooperationFormValues;
export const COOPERATION_FIELD_ORDER: readonly CooperationField[] = ["exportingRegionCode", "importingRegionCode", "from", "to"];

/**
 * The pair the page opens on. A Shandong bureau receives: its region against Guzhang. Any other
 * bureau (Hunan's, and the other western provinces') sends: its region against Jinan. The
 * platform: Guzhang → Jinan.
 */
export function getDefaultCooperationRegions(
  organisationRegion: string | null,
): Pick<CooperationFormValues, "exportingRegionCode" | "importingRegionCode"> {
  if (organisationRegion === null) return { exportingRegionCode: DEFAULT_EXPORTING_REGION, importingRegionCode: DEFAULT_IMPORTING_REGION };
  if (organisationRegion.startsWith(IMPORTING_PROVINCE_PREFIX)) {
    return { exportingRegionCode: DEFAULT_EXPORTING_REGION, importingRegionCode: organisationRegion };
  }
  return { exportingRegionCode: organisationRegion, importingRegionCode: DEFAULT_IMPORTING_REGION };
}

/** This calendar year up to today, counted in China. */
export function getDefaultPeriod(now: Date): Pick<CooperationFormValues, "from" | "to"> {
  const today = toChinaDate(now);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

export function getDefaultCooperationValues(organisationRegion: string | null, now: Date): CooperationFormValues {
  return { ...getDefaultCooperationRegions(organisationRegion), ...getDefaultPeriod(now) };
}

const MISSING: Record<CooperationField, string> = {
  exportingRegionCode: "请选择输出地",
  importingRegionCode: "请选择输入地",
  from: "请选择开始日期",
  to: "请选择结束日期",
};

/** The request, checked with the API's schema; a blank field reads as not chosen. */
export function toCooperationQuery(
  values: CooperationFormValues,
): { ok: true; query: CooperationQuery } | { ok: false; fieldErrors: Partial<Record<CooperationField, string>> } {
  const parsed = CooperationQuerySchema.safeParse(values);
  if (parsed.success) return { ok: true, query: parsed.data };
  const { fieldErrors } = mapIssuesToFields(parsed.error.issues, COOPERATION_FIELD_ORDER);
  for (const field of COOPERATION_FIELD_ORDER) if (values[field] === "") fieldErrors[field] = MISSING[field];
  return { ok: false, fieldErrors };
}

/** "2026-03-05" → "2026年3月5日". */
export function formatDateOnly(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

/** A region's own name (古丈县), or its code when the list does not know it. */
export function getRegionName(code: string): string {
  return findRegion(code)?.name ?? code;
}

/** The sentence above the figures; with nobody transferred, it says so (0 is an answer, not an error). */
export function describeCooperation(figures: CooperationFigures, query: CooperationQuery): string {
  const period = `${formatDateOnly(query.from)}至${formatDateOnly(query.to)}`;
  const from = getRegionName(query.exportingRegionCode);
  const to = getRegionName(query.importingRegionCode);
  if (figures.transferred === 0) return `${period}，没有${from}的劳动力到${to}上岗的记录。`;
  return `${period}，${from}共有 ${formatNumber(figures.transferred)} 人到${to}上岗，其中目前在岗 ${formatNumber(figures.employedNow)} 人，稳定就业 ${formatNumber(figures.stable)} 人。`;
}

export interface CooperationTile {
  key: "transferred" | "employedNow" | "stable";
  label: string;
  value: number;
  /** Share of those transferred, for the two figures that are part of it. */
  note: string | null;
}

export function getCooperationTiles(figures: CooperationFigures): CooperationTile[] {
  const share = (value: number) => `占转移就业 ${formatPercent(value, figures.transferred)}`;
  return [
    { key: "transferred", label: "转移就业人数", value: figures.transferred, note: null },
    { key: "employedNow", label: "目前在岗", value: figures.employedNow, note: share(figures.employedNow) },
    { key: "stable", label: "稳定就业", value: figures.stable, note: share(figures.stable) },
  ];
}

/** Order of the chart: the households the policy targets first. */
