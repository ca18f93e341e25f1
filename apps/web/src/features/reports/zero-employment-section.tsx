import { type PovertyStatus, PovertyStatusSchema, STAFF_LABELS } from "@xiezuo/contracts";
import { useId, useState } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { Pager } from "../../components/pager.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { getZeroEmploymentExportUrl, listZeroEmployment, ZERO_EMPLOYMENT_PAGE_SIZE, type ZeroEmploymentFilter } from "./reports-api.ts";

/** 零就业户: labour-capable households with nobody at work — the list the policy acts on. */
export function ZeroEmploymentSection({ regionCode, townships }: { regionCode: string; townships: readonly string[] }) {
  const id = useId();
  const [township, setTownship] = useState("");
  const [village, setVillage] = useState("");
  const [statuses, setStatuses] = useState<PovertyStatus[]>([]);
  const [offset, setOffset] = useState(0);
  const filter: ZeroEmploymentFilter = { regionCode, township, village: village.trim(), povertyStatuses: statuses };
  const list = useApiData(
    (signal) => listZeroEmployment(filter, offset, signal),
    [regionCode, township, filter.village, statuses.join(","), offset],
  );

  function toggleStatus(status: PovertyStatus) {
    setStatuses((current) => (current.includes(status) ? current.filter((s) => s !== status) : [...current, status]));
    setOffset(0);
  }

  return (
    <section className="zero-employment" aria-labelledby={`${id}-title`} aria-busy={list.status === "loading"}>
      <div className="section-heading">
        <h2 id={`${id}-title`}>零就业户</h2>
        <div className="section-heading__actions">
          <a className="button button--secondary button--small" href={getZeroEmploymentExportUrl(filter, "xlsx")} download>
            导出 Excel
          </a>
          <a className="button button--secondary button--small" href={getZeroEmploymentExportUrl(filter, "csv")} download>
            导出 CSV
          </a>
        </div>
      </div>
      <p className="muted">有劳动力、但目前没有家庭成员在岗（在岗或稳定就业）的家庭。导出包含符合筛选条件的全部家庭。</p>
      <div className="form-grid zero-employment__filters">
        <div className="field">
          <label htmlFor={`${id}-township`}>乡镇</label>
          <select
            id={`${id}-township`}
            value={township}
            onChange={(event) => {
              setTownship(event.target.value);
              setOffset(0);
            }}
          >
            <option value="">全部乡镇</option>
            {townships.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-village`}>村</label>
          <input
            id={`${id}-village`}
            type="search"
            value={village}
            placeholder="村名，如 白溪关村"
            onChange={(event) => {
              setVillage(event.target.value);
              setOffset(0);
            }}
          />
        </div>
        <fieldset className="field zero-employment__statuses">
          <legend>家庭类别</legend>
          <div className="filter-chips">
            {PovertyStatusSchema.options.map((status) => (
              <label key={status} className="filter-chip">
                <input
                  type="checkbox"
                  className="filter-chip__check"
                  checked={statuses.includes(status)}
                  onChange={() => toggleStatus(status)}
                />
                {STAFF_LABELS.povertyStatus[status]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {list.status === "loading" && !list.data && <p role="status">正在加载零就业户…</p>}
      {list.status === "error" && <ErrorPanel error={list.error} title="零就业户加载失败" onRetry={list.reload} />}
      {list.data && list.data.total === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">没有符合条件的零就业户</p>
          <p className="muted">有劳动力的家庭都已有成员在岗，或筛选条件过窄。</p>
        </div>
      )}
      {list.data && list.data.total > 0 && (
        <>
          <p className="result-bar__count" role="status">
            共 <strong>{formatNumber(list.data.total)}</strong> 户
          </p>
          <table className="table table--stack">
            <caption className="visually-hidden">零就业户名单</caption>
            <thead>
              <tr>
                <th scope="col">户编号</th>
                <th scope="col">乡镇 · 村</th>
                <th scope="col">家庭类别</th>
                <th scope="col" className="num">
                  劳动力
                </th>
                <th scope="col" className="num">
                  已登记求职
                </th>
                <th scope="col" className="num">
                  有意向
                </th>
                <th scope="col" className="num">
                  曾就业
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.households.map((h) => (
                <tr key={h.householdId}>
                  <th scope="row" data-label="户编号" className="mono">
                    {h.code}
                  </th>
                  <td data-label="乡镇 · 村">
                    {h.township} · {h.village}
                  </td>
                  <td data-label="家庭类别">{STAFF_LABELS.povertyStatus[h.povertyStatus]}</td>
                  <td data-label="劳动力" className="num">
                    {h.labourCapableMembers} 人
                  </td>
                  <td data-label="已登记求职" className="num">
                    {h.registeredMembers} 人
                  </td>
                  <td data-label="有意向" className="num">
                    {h.membersWithIntent} 人
                  </td>
                  <td data-label="曾就业" className="num">
                    {h.endedPlacements > 0 ? `${h.endedPlacements} 次（已离岗）` : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            offset={offset}
            pageSize={ZERO_EMPLOYMENT_PAGE_SIZE}
            total={list.data.total}
            onChange={setOffset}
            label={`第 ${formatNumber(offset + 1)}–${formatNumber(offset + list.data.households.length)} 户`}
          />
        </>
      )}
    </section>
  );
}
