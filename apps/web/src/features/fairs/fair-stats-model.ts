import { type FairStats, type PovertyStatus, STAFF_LABELS } from "@xiezuo/contracts";
import { formatNumber, formatPercent, getRate } from "../../lib/format.ts";
import { POVERTY_STATUS_ORDER } from "./fair-labels.ts";

export interface PovertyBar {
  status: PovertyStatus;
  label: string;
  value: number;
  /** Share of all seekers with intent, e.g. "24.1%". */
  shareText: string;
  /** Bar length relative to the longest bar, 0–100. */
  widthPercent: number;
}

/** Seekers with intent per household status, scaled so the largest group fills the row. */
export function getPovertyBars(stats: Pick<FairStats, "seekersWithIntentByPovertyStatus">): PovertyBar[] {
  const counts = stats.seekersWithIntentByPovertyStatus;
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

/** One sentence for screen readers describing the whole chart. */
export function describePovertyBars(bars: readonly PovertyBar[]): string {
  const parts = bars.map((bar) => `${bar.label} ${formatNumber(bar.value)} 人`);
  return `达成意向人数按家庭类别：${parts.join("，")}。`;
}

export interface Conversion {
  checkIns: number;
  seekersWithIntent: number;
  /** 0–1, or null with no check-ins yet. */
  rate: number | null;
  rateText: string;
  /** Width of the intent bar, 0–100, capped in case intents were recorded without check-in. */
  widthPercent: number;
}

export function getConversion(stats: Pick<FairStats, "checkIns" | "seekersWithIntent">): Conversion {
  const rate = getRate(stats.seekersWithIntent, stats.checkIns);
  return {
    checkIns: stats.checkIns,
    seekersWithIntent: stats.seekersWithIntent,
    rate,
    rateText: formatPercent(stats.seekersWithIntent, stats.checkIns),
    widthPercent: rate === null ? 0 : Math.min(100, rate * 100),
  };
}
