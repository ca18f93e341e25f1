import type { FairEmployer } from "@xiezuo/contracts";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { EMPLOYER_KIND_LABELS } from "../employers/index.ts";
import { listFairEmployers } from "./fair-admin-api.ts";
import { InviteEmployerForm } from "./invite-employer-form.tsx";

/** Booth order as people walk the hall: A2 before A10. */
function sortByBooth(employers: readonly FairEmployer[]): FairEmployer[] {
  return [...employers].sort((a, b) => {
    if (a.booth === null || b.booth === null)
      return a.booth === b.booth ? a.name.localeCompare(b.name, "zh-CN") : a.booth === null ? 1 : -1;
    return a.booth.localeCompare(b.booth, "zh-CN", { numeric: true });
  });
}

/** Who takes part, at which booth, with how many open positions; the organiser invites more. */
export function FairEmployersSection({ fairId, canInvite, onChanged }: { fairId: string; canInvite: boolean; onChanged?: () => void }) {
  const employers = useApiData((signal) => listFairEmployers(fairId, signal), [fairId]);
  const rows = employers.data ? sortByBooth(employers.data.employers) : [];

  return (
    <section className="fair-employers" aria-labelledby="fair-employers-title">
      <div className="section-heading">
        <h2 id="fair-employers-title">参会企业与展位</h2>
        {employers.data && <span className="muted">共 {formatNumber(employers.data.total)} 家</span>}
      </div>
      <div className={canInvite ? "fair-employers__layout" : undefined}>
        <div>
          {employers.status === "loading" && !employers.data && <p role="status">正在加载参会企业…</p>}
          {employers.status === "error" && <ErrorPanel error={employers.error} title="参会企业加载失败" onRetry={employers.reload} />}
          {employers.data && rows.length === 0 && (
            <div className="empty-state">
              <p className="empty-state__title">还没有企业参会</p>
              {canInvite && <p className="muted">用右边（手机上在下方）的表单邀请企业。</p>}
            </div>
          )}
          {rows.length > 0 && (
            <table className="table table--stack">
              <caption className="visually-hidden">参会企业与展位</caption>
              <thead>
                <tr>
                  <th scope="col">展位</th>
                  <th scope="col">企业</th>
                  <th scope="col">类型</th>
                  <th scope="col" className="num">
                    在招岗位
                  </th>
                  <th scope="col" className="num">
                    招聘人数
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.employerId}>
                    <td data-label="展位">{row.booth ?? "未安排"}</td>
                    <th scope="row" data-label="企业">
                      {row.name}
                      <span className="muted">（{row.city}）</span>
                    </th>
                    <td data-label="类型">{EMPLOYER_KIND_LABELS[row.kind]}</td>
                    <td data-label="在招岗位" className="num">
                      {formatNumber(row.openPositions)}
                    </td>
                    <td data-label="招聘人数" className="num">
                      {formatNumber(row.openings)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {canInvite && employers.data && (
          <InviteEmployerForm
            fairId={fairId}
            participants={employers.data.employers}
            onInvited={() => {
              employers.reload();
              onChanged?.();
            }}
          />
        )}
      </div>
    </section>
  );
}
