import type { Fair } from "@xiezuo/contracts";
import { useCallback, useState } from "react";
import { Link } from "react-router";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { FairCard, FairCardSkeleton } from "./fair-card.tsx";
import { listFairs } from "./fairs-api.ts";

type MoreState = { status: "idle" } | { status: "loading" } | { status: "error"; error: unknown };

export function FairListPage() {
  useDocumentTitle("招聘会");
  const user = useCurrentUser();
  const [more, setMore] = useState<Fair[]>([]);
  const [moreState, setMoreState] = useState<MoreState>({ status: "idle" });
  const firstPage = useApiData((signal) => listFairs(0, signal), []);
  const { reload } = firstPage;

  const retry = useCallback(() => {
    setMore([]);
    setMoreState({ status: "idle" });
    reload();
  }, [reload]);

  const fairs = firstPage.data ? [...firstPage.data.fairs, ...more] : [];
  const total = firstPage.data?.total ?? 0;
  const hasMore = firstPage.data !== null && fairs.length < total;

  async function loadMore() {
    setMoreState({ status: "loading" });
    try {
      const page = await listFairs(fairs.length);
      setMore((previous) => [...previous, ...page.fairs]);
      setMoreState({ status: "idle" });
    } catch (error) {
      setMoreState({ status: "error", error });
    }
  }

  return (
    <section aria-labelledby="fairs-title">
      <div className="page-heading">
        <h1 id="fairs-title">招聘会</h1>
        {firstPage.data && total > 0 && <p className="muted">共 {formatNumber(total)} 场</p>}
        {user.role === "ADMIN" && (
          <Link className="button page-heading__action" to="/fairs/new">
            ＋ 新建招聘会
          </Link>
        )}
      </div>

      {firstPage.status === "loading" && !firstPage.data && (
        <>
          <p className="visually-hidden" role="status">
            正在加载招聘会…
          </p>
          <ul className="card-grid" aria-busy="true">
            <FairCardSkeleton />
            <FairCardSkeleton />
            <FairCardSkeleton />
          </ul>
        </>
      )}

      {firstPage.status === "error" && <ErrorPanel error={firstPage.error} title="招聘会列表加载失败" onRetry={retry} />}

      {firstPage.data && fairs.length === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">还没有招聘会</p>
          <p className="muted">人社局发布招聘会后，会显示在这里。</p>
        </div>
      )}

      {fairs.length > 0 && (
        <ul className="card-grid">
          {fairs.map((fair) => (
            <FairCard key={fair.id} fair={fair} />
          ))}
        </ul>
      )}

      {hasMore && (
        <div className="load-more">
          {moreState.status === "error" && <ErrorPanel error={moreState.error} title="更多招聘会加载失败" />}
          <button
            type="button"
            className="button button--secondary"
            onClick={loadMore}
            disabled={moreState.status === "loading"}
            aria-busy={moreState.status === "loading"}
          >
            {moreState.status === "loading" ? "正在加载…" : `加载更多（还有 ${formatNumber(total - fairs.length)} 场）`}
          </button>
        </div>
      )}
    </section>
  );
}
