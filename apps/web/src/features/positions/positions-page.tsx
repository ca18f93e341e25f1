import type { Position, PositionStatus } from "@xiezuo/contracts";
import { useCallback, useEffect, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { listEmployers } from "../users/index.ts";
import { PositionItem } from "./position-item.tsx";
import { closePosition, listPositions } from "./positions-api.ts";

const TABS: readonly { status: PositionStatus; label: string }[] = [
  { status: "OPEN", label: "招聘中" },
  { status: "CLOSED", label: "已停止" },
];

/** An employer's own positions (an admin: everyone's, optionally one employer's). */
export function PositionsPage() {
  const user = useCurrentUser();
  const isAdmin = user.role === "ADMIN";
  useDocumentTitle(isAdmin ? "岗位管理" : "我的岗位");
  const location = useLocation();
  const navigate = useNavigate();
  const [flash] = useState(() => (location.state as { saved?: unknown } | null)?.saved);
  const [status, setStatus] = useState<PositionStatus>("OPEN");
  const [employerId, setEmployerId] = useState("");
  // Later pages belong to one filter; another filter starts from its first page again.
  const [more, setMore] = useState<{ key: string; items: Position[] }>({ key: "", items: [] });
  const [closing, setClosing] = useState<Position | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(typeof flash === "string" ? flash : null);
  const employers = useApiData((signal) => (isAdmin ? listEmployers("", signal) : Promise.resolve(null)), [isAdmin]);

  // The saved message is shown once; a reload of the page should not repeat it.
  useEffect(() => {
    if (flash) navigate(".", { replace: true, state: null });
  }, [flash, navigate]);

  const first = useApiData(
    (signal) => listPositions({ status, employerId: employerId || undefined, offset: 0 }, signal),
    [status, employerId],
  );
  const { reload } = first;
  const filterKey = `${status}:${employerId}`;
  const positions = first.data ? [...first.data.positions, ...(more.key === filterKey ? more.items : [])] : [];
  const total = first.data?.total ?? 0;

  const refresh = useCallback(() => {
    setMore({ key: "", items: [] });
    reload();
  }, [reload]);

  async function loadMore() {
    setMoreError(null);
    try {
      const page = await listPositions({ status, employerId: employerId || undefined, offset: positions.length });
      setMore((previous) => ({ key: filterKey, items: [...(previous.key === filterKey ? previous.items : []), ...page.positions] }));
    } catch (error) {
      setMoreError(error);
    }
  }

  return (
    <section aria-labelledby="positions-title" className="manage-page">
      <div className="page-heading">
        <div>
          <h1 id="positions-title">{isAdmin ? "岗位管理" : "我的岗位"}</h1>
          <p className="muted">{isAdmin ? "发布、修改和停止各单位的招聘岗位。" : "发布招聘岗位，求职者在“找工作”里就能搜到。"}</p>
        </div>
        <Link className="button" to="/positions/new">
          ＋ 发布新岗位
        </Link>
      </div>

      <p className="form-success" role="status">
        {notice}
      </p>

      {isAdmin && employers.data && (
        <div className="field manage-filter">
          <label htmlFor="positions-employer-filter">招聘单位</label>
          <select id="positions-employer-filter" value={employerId} onChange={(event) => setEmployerId(event.target.value)}>
            <option value="">全部单位</option>
            {employers.data.employers.map((employer) => (
              <option key={employer.id} value={employer.id}>
                {employer.name}
              </option>
            ))}
          </select>
        </div>
      )}

      <fieldset className="segmented">
        <legend className="visually-hidden">岗位状态</legend>
        {TABS.map((tab) => (
          <button
            key={tab.status}
            type="button"
            className="segmented__button"
            aria-pressed={status === tab.status}
            onClick={() => setStatus(tab.status)}
          >
            {tab.label}
          </button>
        ))}
      </fieldset>

      {first.status === "loading" && !first.data && <p role="status">正在加载岗位…</p>}
      {first.status === "error" && <ErrorPanel error={first.error} title="岗位列表加载失败" onRetry={refresh} />}

      {first.data && positions.length === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">{status === "OPEN" ? "还没有正在招聘的岗位" : "没有已停止的岗位"}</p>
          {status === "OPEN" && (
            <>
              <p className="muted">发布岗位后，求职者就能在“找工作”里搜到它。</p>
              <p>
                <Link className="button" to="/positions/new">
                  发布第一个岗位
                </Link>
              </p>
            </>
          )}
        </div>
      )}

      {positions.length > 0 && (
        <>
          <p className="muted">共 {formatNumber(total)} 个</p>
          <ul className="manage-list" aria-label="岗位列表">
            {positions.map((position) => (
              <PositionItem key={position.id} position={position} showEmployer={isAdmin} onClose={setClosing} />
            ))}
          </ul>
        </>
      )}

      {first.data && positions.length < total && (
        <div className="load-more">
          {moreError !== null && <ErrorPanel error={moreError} title="更多岗位加载失败" />}
          <button type="button" className="button button--secondary" onClick={() => void loadMore()}>
            加载更多（还有 {formatNumber(total - positions.length)} 个）
          </button>
        </div>
      )}

      {closing && (
        <ConfirmDialog
          title={`停止招聘「${closing.title}」？`}
          confirmLabel="停止招聘"
          isDanger
          onConfirm={async () => {
            await closePosition(closing.id);
            setNotice(`已停止招聘「${closing.title}」，几秒内就会从找工作里消失。`);
            refresh();
          }}
          onClose={() => setClosing(null)}
        >
          <p>停止后，求职者将搜不到这个岗位，招聘会的岗位数也会相应减少。</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
