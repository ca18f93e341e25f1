import { STAFF_LABELS } from "@xiezuo/contracts";
import { Link, useParams } from "react-router";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { isApiRequestError } from "../../lib/api-client.ts";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { FollowUpForm } from "./follow-up-form.tsx";
import { formatDateOnly } from "./placement-dates.ts";
import { PlacementStatusBadge } from "./placement-table.tsx";
import { getPlacement } from "./placements-api.ts";
import "./placements.css";

export function PlacementDetailPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const placement = useApiData((signal) => getPlacement(id, signal), [id]);
  const p = placement.data;
  useDocumentTitle(p ? `${p.seeker.name} · 就业记录` : "就业记录");
  const isMissing = isApiRequestError(placement.error) && (placement.error.status === 404 || placement.error.status === 400);
  const canFollowUp = (user.role === "ADMIN" || user.role === "STAFF") && p !== null && p.status !== "ENDED";

  return (
    <article className="placement-detail">
      <p className="back-link">
        <Link to="/placements">← 返回就业记录</Link>
      </p>
      {placement.status === "loading" && !p && <p role="status">正在加载就业记录…</p>}
      {placement.status === "error" &&
        (isMissing ? (
          <section className="message-page">
            <h1>没有找到这条就业记录</h1>
            <Link className="button" to="/placements">
              返回就业记录
            </Link>
          </section>
        ) : (
          <ErrorPanel error={placement.error} title="就业记录加载失败" onRetry={placement.reload} />
        ))}
      {p && (
        <>
          <header className="placement-header">
            <PlacementStatusBadge status={p.status} />
            <h1>{p.seeker.name}</h1>
            <p className="muted">
              {p.seeker.gender === "FEMALE" ? "女" : "男"} · {p.seeker.age}岁 ·{" "}
              {p.seeker.povertyStatus ? STAFF_LABELS.povertyStatus[p.seeker.povertyStatus] : "未关联农户"}
            </p>
          </header>
          <dl className="facts facts--wide">
            {[
              [
                "身份证号",
                <span key="id" className="mono">
                  {p.seeker.idNumberMasked}
                </span>,
              ],
              [
                "手机号",
                <span key="phone" className="mono">
                  {p.seeker.phoneMasked}
                </span>,
              ],
              ["用工企业", p.employerName],
              ["岗位", p.positionTitle ?? "—"],
              ["务工城市", p.workCity],
              ["上岗日期", formatDateOnly(p.startedOn)],
              ["月工资", `${formatNumber(p.monthlyWage)} 元`],
              ["就业渠道", STAFF_LABELS.placementChannel[p.channel]],
              ...(p.stableOn ? [["稳定就业日期", formatDateOnly(p.stableOn)] as const] : []),
              ...(p.endedOn ? [["离岗日期", formatDateOnly(p.endedOn)] as const] : []),
            ].map(([label, value]) => (
              <div key={String(label)} className="facts__row">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <section aria-labelledby="history-title">
            <h2 id="history-title">回访记录</h2>
            {p.followUps.length === 0 ? (
              <p className="muted">还没有回访记录。</p>
            ) : (
              <table className="table">
                <caption className="visually-hidden">回访记录</caption>
                <thead>
                  <tr>
                    <th scope="col">回访日期</th>
                    <th scope="col">是否在岗</th>
                    <th scope="col" className="num">
                      月工资
                    </th>
                    <th scope="col">备注</th>
                  </tr>
                </thead>
                <tbody>
                  {p.followUps.map((f) => (
                    <tr key={f.id}>
                      <th scope="row">{formatDateOnly(f.checkedOn)}</th>
                      <td>{f.employed ? "在岗" : "已离岗"}</td>
                      <td className="num">{f.monthlyWage === null ? "—" : `${formatNumber(f.monthlyWage)} 元`}</td>
                      <td>{f.note ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {canFollowUp && (
            <section aria-labelledby="new-followup-title" className="card">
              <h2 id="new-followup-title">登记回访</h2>
              <FollowUpForm key={p.followUps.length} placementId={p.id} startedOn={p.startedOn} onSaved={() => placement.reload()} />
            </section>
          )}
        </>
      )}
    </article>
  );
}
