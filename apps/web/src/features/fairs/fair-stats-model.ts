import type { FairStats } from "@xiezuo/contracts";
import { formatPercent, getRate } from "../../lib/format.ts";

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
