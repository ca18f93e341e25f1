import { useEffect } from "react";
import { Link, useParams } from "react-router";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { FairStatusBadge, getFair } from "../fairs/index.ts";
import { listFairIntents, listFairPositions } from "./booth-api.ts";
import { CandidateList } from "./candidate-list.tsx";
import { RecordIntentPanel } from "./record-intent-panel.tsx";
import "./booth.css";

/** New intents from other booths' devices and the desk arrive without a reload. */
const REFRESH_MS = 20_000;

/** 展位: an employer's candidates at one fair (masked), recording intents and moving them on. */
export function BoothPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  // The fair and its open positions are public facts: kept for a reload without network.
  const fair = useApiData((signal) => getFair(id, signal), [id], { key: ["fairs"], persist: true });
  const positions = useApiData((signal) => listFairPositions(id, signal), [id], { key: ["fair-positions"], persist: true });
  const intents = useApiData((signal) => listFairIntents(id, signal), [id]);
  const { reload } = intents;
  useDocumentTitle(fair.data ? `展位 · ${fair.data.title}` : "展位");

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") reload();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  const isOpen = fair.data?.status === "OPEN";
  return (
    <div className="booth-page">
      <p className="back-link">
        <Link to="/booth">← 选择其他招聘会</Link>
      </p>
      {fair.status === "error" && <ErrorPanel error={fair.error} title="招聘会加载失败" onRetry={fair.reload} />}
      {fair.data && (
        <header className="booth-header">
          <FairStatusBadge status={fair.data.status} />
          <h1>{user.role === "EMPLOYER" ? "我的展位" : "展位意向登记"}</h1>
          <p className="muted">{fair.data.title}</p>
        </header>
      )}
      {positions.status === "error" && <ErrorPanel error={positions.error} title="岗位加载失败" onRetry={positions.reload} />}
      {fair.data && positions.data && isOpen && <RecordIntentPanel fairId={id} positions={positions.data} onRecorded={reload} />}
      {fair.data && !isOpen && <p className="notice">这场招聘会不在进行中，不能登记新的意向；已有候选人的状态仍可更新。</p>}
      <section aria-labelledby="candidates-title" aria-busy={intents.status === "loading"} className="booth-candidates">
        <div className="section-heading">
          <h2 id="candidates-title">候选人{intents.data ? <span className="muted">（{formatNumber(intents.data.total)}）</span> : null}</h2>
          <button type="button" className="button button--secondary button--small" onClick={reload} disabled={intents.status === "loading"}>
            {intents.status === "loading" ? "正在刷新…" : "刷新"}
          </button>
        </div>
        <p className="muted">为保护个人信息，身份证号和手机号只显示部分数字。</p>
        {intents.status === "loading" && !intents.data && <p role="status">正在加载候选人…</p>}
        {intents.status === "error" && <ErrorPanel error={intents.error} title="候选人加载失败" onRetry={reload} />}
        {intents.data && <CandidateList intents={intents.data.intents} positions={positions.data ?? []} onChanged={reload} />}
      </section>
    </div>
  );
}
