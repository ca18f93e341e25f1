import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { isApiRequestError } from "../../lib/api-client.ts";
import { formatDateRange, formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { indexOrganisations, isBureauRole, useOrganisations } from "../organisations/index.ts";
import { FairReportSection } from "../reports/index.ts";
import { AddPartnerForm } from "./add-partner-form.tsx";
import { FairAdminPanel } from "./fair-admin-panel.tsx";
import { FairEmployersSection } from "./fair-employers-section.tsx";
import { canManageFair, canOperateFair, canReadFairFigures, describeHost, describePartners } from "./fair-organisers-model.ts";
import { FairStatsSection } from "./fair-stats-section.tsx";
import { FairStatusBadge } from "./fair-status-badge.tsx";
import { getFair } from "./fairs-api.ts";
import { FairRegistrationShare } from "./lazy-registration-share.tsx";

export function FairDetailPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const fair = useApiData((signal) => getFair(id, signal), [id]);
  // Host and partners are named for bureau accounts (the list is theirs to read).
  const organisations = useOrganisations(user);
  const organisationsById = organisations.data ? indexOrganisations(organisations.data.organisations) : null;
  const myRegion = user.organisationId ? organisationsById?.get(user.organisationId)?.regionCode : undefined;
  const canReadFigures = fair.data ? canReadFairFigures(user, fair.data, myRegion) : false;
  const location = useLocation();
  // A message from the page that sent us here (e.g. "招聘会已创建"), or from an action on this page.
  // Bumped after the organiser changes the fair, so its figures are counted again.
  const [figuresVersion, setFiguresVersion] = useState(0);
  const [notice, setNotice] = useState(() => {
    const saved = (location.state as { saved?: unknown } | null)?.saved;
    return typeof saved === "string" ? saved : null;
  });
  useDocumentTitle(fair.data?.title ?? "招聘会");

  const isNotFound = isApiRequestError(fair.error) && (fair.error.status === 404 || fair.error.status === 400);

  return (
    <article className="fair-detail">
      <p className="back-link">
        <Link to="/fairs">← 返回招聘会列表</Link>
      </p>

      {fair.status === "loading" && !fair.data && (
        <div aria-busy="true">
          <p className="visually-hidden" role="status">
            正在加载招聘会…
          </p>
          <span className="skeleton skeleton--heading" aria-hidden="true" />
          <span className="skeleton skeleton--line" aria-hidden="true" />
          <span className="skeleton skeleton--line skeleton--short" aria-hidden="true" />
        </div>
      )}

      {fair.status === "error" &&
        (isNotFound ? (
          <section className="message-page">
            <h1>没有找到这场招聘会</h1>
            <p>它可能已被删除，或者网址不正确。</p>
            <Link className="button" to="/fairs">
              返回招聘会列表
            </Link>
          </section>
        ) : (
          <ErrorPanel error={fair.error} title="招聘会加载失败" onRetry={fair.reload} />
        ))}

      {fair.data && (
        <>
          <header className="fair-detail__header">
            <FairStatusBadge status={fair.data.status} />
            <h1>{fair.data.title}</h1>
            <dl className="facts facts--wide">
              <div className="facts__row">
                <dt>地点</dt>
                <dd>{fair.data.venue}</dd>
              </div>
              <div className="facts__row">
                <dt>时间</dt>
                <dd>
                  <time dateTime={fair.data.startsAt}>{formatDateRange(fair.data.startsAt, fair.data.endsAt)}</time>
                </dd>
              </div>
              {isBureauRole(user.role) && (
                <>
                  <div className="facts__row">
                    <dt>主办</dt>
                    <dd>{organisationsById ? describeHost(fair.data, organisationsById) : "…"}</dd>
                  </div>
                  <div className="facts__row">
                    <dt>协办</dt>
                    <dd>{organisationsById ? describePartners(fair.data, organisationsById) : "…"}</dd>
                  </div>
                </>
              )}
              <div className="facts__row">
                <dt>参会企业</dt>
                <dd>{formatNumber(fair.data.employerCount)} 家</dd>
              </div>
            </dl>
            <Link className="button button--secondary" to={`/jobs?fairId=${fair.data.id}`}>
              查看本场岗位
            </Link>
          </header>
          <p className="form-success" role="status">
            {notice}
          </p>
          {canManageFair(user, fair.data) && (
            <>
              <FairAdminPanel
                fair={fair.data}
                onChanged={(_updated, message) => {
                  setNotice(message);
                  fair.reload();
                  setFiguresVersion((n) => n + 1);
                }}
              />
              <AddPartnerForm
                fair={fair.data}
                organisations={organisations}
                onAdded={(_updated, message) => {
                  setNotice(message);
                  fair.reload();
                }}
              />
            </>
          )}
          {(user.role === "ADMIN" || user.role === "STAFF") && <FairRegistrationShare fair={fair.data} />}
          {canReadFigures && <FairStatsSection key={figuresVersion} fairId={fair.data.id} isLive={fair.data.status === "OPEN"} />}
          {canReadFigures === false && isBureauRole(user.role) && (
            <p className="muted">这场招聘会不由本机构主办或协办，也不在本机构辖区内，看不到它的数据。</p>
          )}
          {canReadFigures && user.role === "ADMIN" && <FairReportSection fairId={fair.data.id} />}
          <FairEmployersSection
            fairId={fair.data.id}
            canInvite={canOperateFair(user, fair.data)}
            onChanged={() => {
              fair.reload();
              setFiguresVersion((n) => n + 1);
            }}
          />
        </>
      )}
    </article>
  );
}
