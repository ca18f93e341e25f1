// People counted by household category (建档立卡户 … 一般户) as bars: the model behind every
// "按家庭类别" chart (a fair's intents, the cooperation report's transfers).
import { type PovertyStatus, STAFF_LABELS } from "@xiezuo/contracts";
import { formatNumber, formatPercent } from "./format.ts";

/** The policy's order: registered poor first. */
export const POVERTY_STATUS_ORDER: readonly PovertyStatus[] = ["REGISTERED_POOR", "LIFTED", "MONITORED", "NONE"];

export interface PovertyBar {
  status: PovertyStatus;
  label: string;
  value: number;
  /** Share of the total, e.g. "24.1%" ("—" with nobody). */
  shareText: string;
  /** Bar length relative to the longest bar, 0–100. */
  widthPercent: number;
}

/** One bar per category in policy order, scaled so the largest group fills the row. */
export function getPovertyBars(counts: Record<PovertyStatus, number>): PovertyBar[] {
  const total = POVERTY_STATUS_ORDER.reduce((sum, status) => sum + counts[status], 0);
  const max = Math.max(0, ...POVERTY_STATUS_ORDER.map((status) => counts[status]));
  return POVERTY_STATUS_ORDER.map((status) => ({
    status,
    label: STAFF_LABELS.povertyStatus[status],
    value: counts[status],
    shareText: formatPercent(counts[status], total),
    widthPercent: max > 0 ? (counts[status] / max) * 100 : 0,
  }));
}

/** One sentence for screen readers describing the whole chart: "<what>按家庭类别：…". */
export function describePovertyBars(what: string, bars: readonly PovertyBar[]): string {
  return `${what}按家庭类别：${bars.map((bar) => `${bar.label} ${formatNumber(bar.value)} 人`).join("，")}。`;
}
