import type { FairStats } from "@xiezuo/contracts";
import { PovertyBarsChart } from "../../components/poverty-bars-chart.tsx";

/** Seekers who reached an intent at the fair, by household category. */
export function PovertyChart({ stats }: { stats: FairStats }) {
  return <PovertyBarsChart what="达成意向人数" counts={stats.seekersWithIntentByPovertyStatus} />;
}
