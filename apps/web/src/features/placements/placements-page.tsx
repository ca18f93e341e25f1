import { type PlacementStatus, STAFF_LABELS } from "@xiezuo/contracts";
import { useState } from "react";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { FollowUpsDueSection } from "./followups-due-section.tsx";
import { FollowUpsImportSection } from "./followups-import-section.tsx";
import { PlacementTable } from "./placement-table.tsx";
import { listPlacements, PLACEMENT_PAGE_SIZE } from "./placements-api.ts";
import "./placements.css";
import { Pager } from "../../components/pager.tsx";

const STATUS_TABS: readonly (PlacementStatus | null)[] = [null, "ACTIVE", "STABLE", "ENDED"];

/** 就业回访 for the bureau and desk staff (due list first); an employer sees its own people. */
export function PlacementsPage() {
  const user = useCurrentUser();
  const isEmployer = user.role === "EMPLOYER";
  const title = isEmployer ? "已上岗人员" : "就业回访";
  useDocumentTitle(title);
  const [status, setStatus] = useState<PlacementStatus | null>(null);
  const [offset, setOffset] = useState(0);
  const list = useApiData((signal) => listPlacements({ ...(status ? { status } : {}), offset }, signal), [status, offset]);

  return (
    <div className="placements-page">
      <div className="page-heading">
        <h1>{title}</h1>
        <p className="muted">
          {isEmployer ? "在贵单位登记上岗的人员及其回访情况。" : "跟踪每位上岗人员，直到稳定就业：每户有劳动力的家庭至少一人稳定就业。"}
        </p>
      </div>
      {!isEmployer && <FollowUpsDueSection />}
      <section aria-labelledby="placements-title" aria-busy={list.status === "loading"}>
        <div className="section-heading">
          <h2 id="placements-title">就业记录</h2>
          <fieldset className="pill-filter">
            <legend className="visually-hidden">按状态筛选</legend>
            {STATUS_TABS.map((tab) => (
              <button
                key={tab ?? "ALL"}
                type="button"
                className="pill-filter__button"
                aria-pressed={status === tab}
                onClick={() => {
                  setStatus(tab);
                  setOffset(0);
                }}
              >
                {tab ? STAFF_LABELS.placementStatus[tab] : "全部"}
              </button>
            ))}
          </fieldset>
        </div>
        {list.status === "loading" && !list.data && <p role="status">正在加载就业记录…</p>}
        {list.status === "error" && <ErrorPanel error={list.error} title="就业记录加载失败" onRetry={list.reload} />}
        {list.data && list.data.total === 0 && (
          <div className="empty-state">
            <p className="empty-state__title">还没有就业记录</p>
            <p className="muted">在展位页面把求职者标为「录用」后，点「登记上岗」即可记录。</p>
          </div>
        )}
        {list.data && list.data.total > 0 && (
          <>
            <PlacementTable placements={list.data.placements} />
            <Pager
              offset={offset}
              pageSize={PLACEMENT_PAGE_SIZE}
              total={list.data.total}
              onChange={setOffset}
              label={`第 ${formatNumber(offset + 1)}–${formatNumber(offset + list.data.placements.length)} 条，共 ${formatNumber(list.data.total)} 条`}
            />
          </>
        )}
      </section>
      <FollowUpsImportSection />
    </div>
  );
}
