import type { CooperationFigures } from "@xiezuo/contracts";
import { PovertyBarsChart } from "../../components/poverty-bars-chart.tsx";

/** Workers transferred from the exporting to the importing region, by household category. */
export function CooperationChart({ byPovertyStatus }: { byPovertyStatus: CooperationFigures["byPovertyStatus"] }) {
  return <PovertyBarsChart what="转移就业人数" counts={byPovertyStatus} testIdPrefix="cooperation" />;
}
