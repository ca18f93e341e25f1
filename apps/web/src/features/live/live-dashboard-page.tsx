import { useEffect, useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber, formatTime } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { FairStatusBadge } from "../fairs/fair-status-badge.tsx";
import { getFair } from "../fairs/fairs-api.ts";
import { ArrivalsChart } from "./arrivals-chart.tsx";
import { getArrivalBars } from "./live-figures-model.ts";
import type { LiveConnectionStatus } from "./live-socket.ts";
import { MAX_WINDOW_MINUTES, useLiveFair } from "./use-live-fair.ts";
import "./live.css";

const WINDOWS = [60, MAX_WINDOW_MINUTES] as const;
/** The chart slides on by itself even when nobody arrives. */
const CLOCK_TICK_MS = 10_000;

const CONNECTION_TEXT: Record<LiveConnectionStatus, string> = {
  connecting: "正在连接…",
  connected: "已连接 · 实时更新",
  reconnecting: "重新连接中…",
  refused: "无法接收实时数据",
};

export function LiveDashboardPage() {
  const { id = "" } = useParams();
  const fair = useApiData((signal) => getFair(id, signal), [id]);
  useDocumentTitle(fair.data ? `现场大屏 · ${fair.data.title}` : "现场大屏");
  const live = useLiveFair(id);
  const [windowMinutes, setWindowMinutes] = useState<number>(60);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => window.clearInterval(timer);
  }, []);

  const figures = live.figures;
  const bars = useMemo(() => (figures ? getArrivalBars(figures.arrivals, now, windowMinutes) : []), [figures, now, windowMinutes]);
  const connection = live.connection.status;
  const tiles = figures
    ? [
        { key: "checkIns", label: "签到人数", value: figures.checkIns, unit: "人" },
        { key: "seekersWithIntent", label: "达成意向人数", value: figures.seekersWithIntent, unit: "人" },
        { key: "intents", label: "意向数", value: figures.intents, unit: "条" },
      ]
    : [];

  return (
    <section className="live" aria-labelledby="live-title">
      <header className="live__header">
        <div>
          <h1 id="live-title">现场大屏</h1>
          {fair.data && (
            <p className="live__fair">
              <FairStatusBadge status={fair.data.status} /> {fair.data.title}
            </p>
          )}
        </div>
        <div className="live__meta">
          <p className="live-connection" data-status={connection} role="status" data-testid="live-connection">
            <span className="live-connection__dot" aria-hidden="true" />
            {CONNECTION_TEXT[connection]}
          </p>
          {live.updatedAt && <p className="muted">更新于 {formatTime(live.updatedAt)}</p>}
        </div>
      </header>

      {connection === "refused" && (
        <p className="notice">
          {live.connection.code === "UNAUTHENTICATED" ? "登录已失效，请刷新页面重新登录。" : "当前账号不能查看这场招聘会的实时数据。"}
        </p>
      )}
      {live.loadError !== null && !figures && (
        <ErrorPanel error={live.loadError} title="现场数据加载失败" onRetry={() => void live.retry()} />
      )}
      {!figures && live.loadError === null && <p role="status">正在加载现场数据…</p>}

      {figures && (
        <>
          <dl className="live-totals">
            {tiles.map((tile) => (
              <div key={tile.key} className={`live-total live-total--${tile.key}`}>
                <dt className="live-total__label">{tile.label}</dt>
                <dd className="live-total__figure">
                  <span className="live-total__number" data-testid={`live-${tile.key}`}>
                    {formatNumber(tile.value)}
                  </span>
                  <span className="live-total__unit">{tile.unit}</span>
                </dd>
              </div>
            ))}
          </dl>
          <fieldset className="live__window">
            <legend className="visually-hidden">图表时间范围</legend>
            {WINDOWS.map((minutes) => (
              <button
                key={minutes}
                type="button"
                className="button button--secondary button--small"
                aria-pressed={windowMinutes === minutes}
                onClick={() => setWindowMinutes(minutes)}
              >
                最近 {minutes} 分钟
              </button>
            ))}
          </fieldset>
          <ArrivalsChart bars={bars} windowMinutes={windowMinutes} />
        </>
      )}
      <p className="live__links">
        <Link to={`/fairs/${id}`}>招聘会详情</Link>
        {fair.data?.status === "OPEN" && <Link to={`/fairs/${id}/desk`}>签到台</Link>}
      </p>
    </section>
  );
}
