import { regionPath } from "@xiezuo/contracts";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { CreateOrganisationForm } from "./create-organisation-form.tsx";
import { canCreateOrganisation, describeJurisdiction } from "./jurisdiction-model.ts";
import { useOrganisations } from "./use-organisations.ts";

/** 机构: the labour bureaus and what each may see; the platform ADMIN founds new ones here. */
export function OrganisationsPage() {
  useDocumentTitle("机构");
  const me = useCurrentUser();
  const organisations = useOrganisations(me);
  const list = organisations.data?.organisations ?? [];
  const canCreate = canCreateOrganisation(me);

  return (
    <section aria-labelledby="organisations-title">
      <div className="page-heading">
        <h1 id="organisations-title">机构</h1>
        <p className="muted">各地人社局。机构的账号只看得到本辖区的农户、求职者和报表；招聘会可以请其他机构协办。</p>
      </div>
      <div className="users-layout">
        <section className="card" aria-labelledby="organisations-list-title" aria-busy={organisations.status === "loading"}>
          <div className="section-heading">
            <h2 id="organisations-list-title">全部机构</h2>
            {organisations.data && <span className="muted">共 {formatNumber(organisations.data.total)} 个</span>}
          </div>
          {organisations.status === "loading" && !organisations.data && <p role="status">正在加载机构…</p>}
          {organisations.status === "error" && (
            <ErrorPanel error={organisations.error} title="机构列表加载失败" onRetry={organisations.reload} />
          )}
          {organisations.data && list.length === 0 && (
            <div className="empty-state">
              <p className="empty-state__title">还没有机构</p>
              <p className="muted">{canCreate ? "在右侧（手机上在下方）新建第一个人社局。" : "请平台管理员新建机构。"}</p>
            </div>
          )}
          {list.length > 0 && (
            <table className="table table--stack">
              <caption className="visually-hidden">机构列表</caption>
              <thead>
                <tr>
                  <th scope="col">机构名称</th>
                  <th scope="col">所在地区</th>
                  <th scope="col">辖区</th>
                </tr>
              </thead>
              <tbody>
                {list.map((organisation) => (
                  <tr key={organisation.id}>
                    <th scope="row" data-label="机构名称">
                      {/* One child per cell: on phones each cell is a two-column grid (label, content). */}
                      <span>
                        {organisation.name}
                        {organisation.id === me.organisationId && <span className="muted">（本机构）</span>}
                      </span>
                    </th>
                    <td data-label="所在地区">
                      <span>
                        {regionPath(organisation.regionCode)} <span className="muted mono">{organisation.regionCode}</span>
                      </span>
                    </td>
                    <td data-label="辖区">{describeJurisdiction(organisation.regionCode)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {canCreate ? (
          <CreateOrganisationForm />
        ) : (
          <p className="muted card">只有平台管理员可以新建机构。需要新增人社局时，请联系平台管理员。</p>
        )}
      </div>
    </section>
  );
}
