import type { FairStats } from "@xiezuo/contracts";
import { useEffect, useState } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber, formatTime } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { ConversionChart } from "./conversion-chart.tsx";
import { getFairStats } from "./fairs-api.ts";
import { PovertyChart } from "./poverty-chart.tsx";

/** While a fair is open its figures move; refresh them quietly. */
const LIVE_REFRESH_MS = 30_000;

type TileField = Exclude<keyof FairStats, "seekersWithIntentByPovertyStatus" | "openingsWithFoodAndLodging">;

const TILES: readonly { field: TileField; label: string; unit: string }[] = [
  { field: "employers", label: "参会企业", unit: "家" },
  { field: "positions", label: "岗位", unit: "个" },
  { field: "openings", label: "招聘人数", unit: "人" },
  { field: "checkIns", label: "签到求职者", unit: "人" },
  { field: "intents", label: "就业意向", unit: "条" },
  { field: "seekersWithIntent", label: "达成意向人数", unit: "人" },
];

export function FairStatsSection({ fairId, isLive }: { fairId: string; isLive: boolean }) {
  const stats = useApiData((signal) => getFairStats(fairId, signal), [fairId]);
  const { reload } = stats;
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: new data (same status) must refresh the timestamp too
  useEffect(() => {
    if (stats.status === "success") setUpdatedAt(new Date());
  }, [stats.status, stats.data]);

  useEffect(() => {
    if (!isLive) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") reload();
    }, LIVE_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [isLive, reload]);

  const isLoading = stats.status === "loading";
  const data = stats.data;
  return (
    <section className="stats" aria-labelledby="fair-stats-title" aria-busy={isLoading}>
      <div className="section-heading">
        <h2 id="fair-stats-title">招聘会数据</h2>
        <div className="section-heading__actions">
          {updatedAt && <span className="muted">更新于 {formatTime(updatedAt)}</span>}
          <button type="button" className="button button--secondary button--small" onClick={reload} disabled={isLoading}>
            {isLoading ? "正在刷新…" : "刷新数据"}
          </button>
        </div>
      </div>

      {stats.status === "error" && <ErrorPanel error={stats.error} title="招聘会数据加载失败" onRetry={reload} />}

      {data ? (
        <>
          <dl className="stat-grid">
            {TILES.map((tile) => (
              <div key={tile.field} className={`stat-tile stat-tile--${tile.field}`}>
                <dt className="stat-tile__label">{tile.label}</dt>
                <dd className="stat-tile__figure">
                  <span className="stat-tile__number" data-testid={`stat-${tile.field}`}>
                    {formatNumber(data[tile.field])}
                  </span>
                  <span className="stat-tile__unit">{tile.unit}</span>
                  {tile.field === "openings" && (
                    <span className="stat-tile__note">
                      其中包吃住岗位{" "}
                      <span data-testid="stat-openingsWithFoodAndLodging">{formatNumber(data.openingsWithFoodAndLodging)}</span> 人
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <div className="chart-grid">
            <PovertyChart stats={data} />
            <ConversionChart stats={data} />
          </div>
        </>
      ) : (
        isLoading && (
          <>
            <p className="visually-hidden" role="status">
              正在加载招聘会数据…
            </p>
            <div className="stat-grid" aria-hidden="true">
              {TILES.map((tile) => (
                <div key={tile.field} className="stat-tile">
                  <span className="skeleton skeleton--line skeleton--short" />
                  <span className="skeleton skeleton--number" />
                </div>
              ))}
            </div>
          </>
        )
      )}
    </section>
  );
}
