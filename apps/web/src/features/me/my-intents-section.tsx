import { SEEKER_LABELS } from "@xiezuo/contracts";
import { Link } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatShortDate, formatTime } from "../../lib/format.ts";
import type { MyIntentsState } from "./use-my-intents.ts";

/** 我的求职进展: each job the person asked about and what the employer has answered so far. */
export function MyIntentsSection({ state, announcement, onRetry }: { state: MyIntentsState; announcement: string; onRetry: () => void }) {
  return (
    <section className="my-section" aria-labelledby="my-intents-title" aria-busy={state.status === "loading"}>
      <h2 id="my-intents-title">我的求职进展</h2>
      {/* Employers' answers arrive while the page is open: announce them to screen readers. */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {state.status === "loading" && <p role="status">正在加载…</p>}
      {state.status === "ready" && state.error !== null && (
        <ErrorPanel error={state.error} title="进展没有刷新成功，下面可能不是最新的" onRetry={onRetry} />
      )}
      {state.status === "ready" && state.intents.length === 0 && state.error === null && (
        <div className="empty-state">
          <p className="empty-state__title">还没有感兴趣的工作</p>
          <p className="muted">在下面“推荐给我的工作”里点「我感兴趣」，企业就能看到您；有了进展会显示在这里。</p>
        </div>
      )}
      {state.status === "ready" && state.intents.length > 0 && (
        <ul className="my-list" data-testid="my-intents">
          {state.intents.map((intent) => (
            <li key={intent.id} className={`card my-intent my-intent--${intent.status.toLowerCase()}`} data-testid="my-intent">
              <p className="my-intent__title">
                <Link to={`/jobs/${intent.positionId}`}>{intent.position.title}</Link>
              </p>
              <p className="muted">
                {intent.position.employerName} · {intent.position.city}
              </p>
              <p className="my-intent__status">
                <span className="visually-hidden">状态：</span>
                <strong data-testid="my-intent-status">{SEEKER_LABELS.intentStatus[intent.status]}</strong>
                <span className="muted">
                  {" "}
                  更新于 {formatShortDate(intent.updatedAt)} {formatTime(intent.updatedAt)}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
