import type { Fair } from "@xiezuo/contracts";
import { useEffect, useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { isApiRequestError } from "../../lib/api-client.ts";
import { formatNumber, formatTime } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { FairStatusBadge, getFair } from "../fairs/index.ts";
import { ArrivalsChart } from "./arrivals-chart.tsx";
import { getArrivalBars, getWindowEnd } from "./live-figures-model.ts";
import type { LiveConnectionStatus } from "./live-socket.ts";
import { MAX_WINDOW_MINUTES, useLiveFair } from "./use-live-fair.ts";
import "./live.css";

const WINDOWS = [60, MAX_WINDOW_MINUTES] as const;
/** A past fair can be shown whole (a long day is still under ten hours). */
const MAX_WHOLE_DAY_MINUTES = 600;
/** The chart slides on by itself even when nobody arrives. */
const CLOCK_TICK_MS = 10_000;

const CONNECTION_TEXT: Record<LiveConnectionStatus, string> = {
  connecting: "正在连接…",
  connected: "已连接 · 实时更新",
  reconnecting: "重新连接中…",
  refused: "无法接收实时数据",
};

const REFUSAL_TEXT: Record<string, string> = {
  UNAUTHENTICATED: "登录已失效，请刷新页面重新登录。",
  FORBIDDEN: "当前账号不能查看这场招聘会的实时数据。",
  NOT_FOUND: "当前账号不能查看这场招聘会的实时数据。",
};

export function LiveDashboardPage() {
  const { id = "" } = useParams();
  const fair = useApiData((signal) => getFair(id, signal), [id]);
  useDocumentTitle(fair.data ? `现场大屏 · ${fair.data.title}` : "现场大屏");
  const isNotFound = isApiRequestError(fair.error) && (fair.error.status === 404 || fair.error.status === 400);

  return (
    <section className="live" aria-labelledby="live-title">
      {fair.status === "loading" && !fair.data && (
        <>
          <h1 id="live-title">现场大屏</h1>
          <p role="status">正在加载…</p>
        </>
      )}
      {fair.status === "error" && !fair.data && (
        <>
          <h1 id="live-title">{isNotFound ? "没有找到这场招聘会" : "现场大屏"}</h1>
          {isNotFound ? (
            <Link className="button" to="/live">
              选择招聘会
            </Link>
          ) : (
            <ErrorPanel error={fair.error} title="招聘会加载失败" onRetry={fair.reload} />
          )}
        </>
      )}
      {fair.data && <LiveBoard fair={fair.data} />}
    </section>
  );
}

function LiveBoard({ fair }: { fair: Fair }) {
  const isLive = fair.status === "OPEN";
  const live = useLiveFair(fair.id, { isLive });
  const [windowChoice, setWindowChoice] = useState<number | "all">(isLive ? 60 : "all");
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => window.clearInterval(timer);
  }, []);

  const figures = live.figures;
  const windowMinutes = windowChoice === "all" ? getDayMinutes(figures?.arrivals) : windowChoice;
  const bars = useMemo(
    () =>
      figures ? getArrivalBars(figures.arrivals, getWindowEnd(figures.arrivals, now, { isLive, endsAt: fair.endsAt }), windowMinutes) : [],
    [figures, now, windowMinutes, isLive, fair.endsAt],
  );
  const connection = live.connection.status;
  const tiles = figures
    ? [
        { key: "checkIns", label: "签到人数", value: figures.checkIns, unit: "人" },
        { key: "seekersWithIntent", label: "达成意向人数", value: figures.seekersWithIntent, unit: "人" },
        { key: "intents", label: "意向数", value: figures.intents, unit: "条" },
      ]
    : [];

  return (
    <>
      <header className="live__header">
        <div>
          <h1 id="live-title">现场大屏</h1>
          <p className="live__fair">
            <FairStatusBadge status={fair.status} /> {fair.title}
          </p>
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
          {REFUSAL_TEXT[live.connection.code ?? ""] ?? "实时连接出错，请稍后刷新页面。下面的数字每分钟仍会自动更新。"}
        </p>
      )}
      {!isLive && <p className="notice">这场招聘会{fair.status === "CLOSED" ? "已结束" : "还没有开始"}，下面是已记录的数据。</p>}
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
            {[...WINDOWS, ...(isLive ? [] : (["all"] as const))].map((choice) => (
              <button
                key={choice}
                type="button"
                className="button button--secondary button--small"
                aria-pressed={windowChoice === choice}
                onClick={() => setWindowChoice(choice)}
              >
                {choice === "all" ? "全天" : `${choice} 分钟`}
              </button>
            ))}
          </fieldset>
          <ArrivalsChart bars={bars} windowMinutes={windowMinutes} isLive={isLive} />
        </>
      )}
      <p className="live__links">
        <Link to={`/fairs/${fair.id}`}>招聘会详情</Link>
        {isLive && <Link to={`/fairs/${fair.id}/desk`}>签到台</Link>}
      </p>
    </>
  );
}

/** Minutes from the first to the last arrival, at least an hour. */
function getDayMinutes(arrivals: ReadonlyMap<number, number> | undefined): number {
  const minutes = [...(arrivals?.keys() ?? [])];
  if (minutes.length === 0) return 60;
  const span = (Math.max(...minutes) - Math.min(...minutes)) / 60_000 + 1;
  return Math.min(MAX_WHOLE_DAY_MINUTES, Math.max(60, Math.round(span)));
}
