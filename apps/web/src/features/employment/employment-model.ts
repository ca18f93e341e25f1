// The ledger page's arithmetic: the four places in chart order, stacked bars of the last
// months, and the words for them (a sentence for screen readers, month labels, shares).
import { EMPLOYMENT_PLACE_LABELS, EMPLOYMENT_PLACES, type EmploymentFigures, type EmploymentPlace } from "@xiezuo/contracts";
import { formatNumber, formatPercent } from "../../lib/format.ts";

export interface MonthFigures extends EmploymentFigures {
  month: string;
}

export interface BarSegment {
  place: EmploymentPlace;
  value: number;
  /** Offset from the bar's bottom and length, in pixels of a `height`-tall plot. */
  bottom: number;
  length: number;
}

export interface StackedBar {
  month: string;
  label: string;
  total: number;
  segments: BarSegment[];
}

/** 2026-12 → 12月; January also names its year (2026年1月), so a year's turn is visible. */
export function formatMonthLabel(month: string): string {
  const [year, m] = month.split("-");
  const monthNumber = Number(m);
  return monthNumber === 1 ? `${year}年1月` : `${monthNumber}月`;
}

/** 2026-12 → 2026年12月. */
export function formatMonthLong(month: string): string {
  const [year, m] = month.split("-");
  return `${year}年${Number(m)}月`;
}

/** On a phone twelve month names do not fit side by side: past six bars, every other one is named, the latest always. */
export function isAxisLabelShown(index: number, count: number): boolean {
  return count <= 6 || (count - 1 - index) % 2 === 0;
}

/** Each month's bar, stacked out of province at the bottom up to not employed, scaled to the tallest month. */
export function getStackedBars(months: readonly MonthFigures[], height: number): StackedBar[] {
  const tallest = Math.max(0, ...months.map((m) => m.workers));
  return months.map((m) => {
    let bottom = 0;
    const segments = EMPLOYMENT_PLACES.map((place) => {
      const length = tallest > 0 ? (m[place] / tallest) * height : 0;
      const segment = { place, value: m[place], bottom, length };
      bottom += length;
      return segment;
    });
    return { month: m.month, label: formatMonthLabel(m.month), total: m.workers, segments };
  });
}

/** "省外 1,200 人（38.5%）" for a share of the workers. */
export function describePlace(place: EmploymentPlace, figures: EmploymentFigures): string {
  return `${EMPLOYMENT_PLACE_LABELS[place]} ${formatNumber(figures[place])} 人（${formatPercent(figures[place], figures.workers)}）`;
}

/** One sentence for screen readers: the span and the latest month's split. */
export function describeHistory(months: readonly MonthFigures[]): string {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return "没有务工数据。";
  const split = EMPLOYMENT_PLACES.map((place) => describePlace(place, last)).join("，");
  return `${formatMonthLong(first.month)}至${formatMonthLong(last.month)}每月务工去向；${formatMonthLong(last.month)}劳动力 ${formatNumber(last.workers)} 人：${split}。`;
}

/** The employed share of the workers (all three places), as text. */
export function describeEmployedShare(figures: EmploymentFigures): string {
  return formatPercent(figures.workers - figures.notEmployed, figures.workers);
}
