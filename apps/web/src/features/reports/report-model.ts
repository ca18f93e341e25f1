import { type CoverageRow, type FairFunnel, findRegion } from "@xiezuo/contracts";
import { formatNumber, formatPercent } from "../../lib/format.ts";
import { describeJurisdiction } from "../organisations/index.ts";

export interface FunnelStep {
  key: keyof FairFunnel;
  label: string;
  value: number;
  /** Bar length relative to the first step, 0–100. */
  widthPercent: number;
  /** Share of the step before ("—" for the first). */
  fromPreviousText: string;
}

const FUNNEL_LABELS: Record<keyof FairFunnel, string> = {
  checkedIn: "签到",
  withIntent: "达成意向",
  hired: "录用",
  onTheJob: "在岗",
  stable: "稳定就业",
};

const FUNNEL_ORDER: readonly (keyof FairFunnel)[] = ["checkedIn", "withIntent", "hired", "onTheJob", "stable"];

/** The five steps; widths are scaled to the largest step, so a fair with intents but no check-ins still draws. */
export function getFunnelSteps(funnel: FairFunnel): FunnelStep[] {
  const max = Math.max(0, ...FUNNEL_ORDER.map((key) => funnel[key]));
  return FUNNEL_ORDER.map((key, index) => {
    const previous = index > 0 ? funnel[FUNNEL_ORDER[index - 1]!] : null;
    return {
      key,
      label: FUNNEL_LABELS[key],
      value: funnel[key],
      widthPercent: max > 0 ? (funnel[key] / max) * 100 : 0,
      fromPreviousText: previous === null ? "—" : formatPercent(funnel[key], previous),
    };
  });
}

/** One sentence for screen readers. */
export function describeFunnel(steps: readonly FunnelStep[]): string {
  return `求职者转化：${steps.map((s) => `${s.label} ${formatNumber(s.value)} 人`).join("，")}。`;
}

/** A rate as bar width (0–100) and text; rates come from the API as 0–1. */
export function describeRate(rate: number, labourHouseholds: number): { widthPercent: number; text: string } {
  if (labourHouseholds === 0) return { widthPercent: 0, text: "—" };
  return { widthPercent: Math.min(100, Math.max(0, rate * 100)), text: formatPercent(rate, 1) };
}

/** Rows come township first, then its villages; the table shows villages indented under it. */
export function isVillageRow(row: CoverageRow): boolean {
  return row.village !== undefined;
}

/** Townships present in the answer, for the filter's choices. */
export function listTownships(rows: readonly CoverageRow[]): string[] {
  return [...new Set(rows.filter((r) => !isVillageRow(r)).map((r) => r.township))];
}

/** Guzhang county, where the bulletin's fair took place: the platform's first view. */
export const PLATFORM_DEFAULT_REGION = "433126";

/** The coverage page (and its zero-employment list) starts on the bureau's own region; the platform on Guzhang. */
export function getDefaultCoverageRegion(organisationRegion: string | null): string {
  return organisationRegion ?? PLATFORM_DEFAULT_REGION;
}

/** The region picker's hint: how regions add up, and for a bureau what its jurisdiction holds. */
export function describeRegionHint(organisationRegion: string | null): string {
  const howTheyAddUp = "选县看本县；选州或省看其下所有县。";
  if (organisationRegion === null) return howTheyAddUp;
  const jurisdiction = `本机构辖区：${describeJurisdiction(organisationRegion)}。`;
  return findRegion(organisationRegion)?.level === "county" ? jurisdiction : `${howTheyAddUp}${jurisdiction}`;
}
