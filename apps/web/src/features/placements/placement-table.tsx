import { type Placement, STAFF_LABELS } from "@xiezuo/contracts";
import { Link } from "react-router";
import { formatNumber } from "../../lib/format.ts";
import { formatDateOnly } from "./placement-dates.ts";

export function PlacementStatusBadge({ status }: { status: Placement["status"] }) {
  return <span className={`placement-status placement-status--${status.toLowerCase()}`}>{STAFF_LABELS.placementStatus[status]}</span>;
}

export function PlacementTable({ placements }: { placements: readonly Placement[] }) {
  return (
    <table className="table table--stack">
      <caption className="visually-hidden">就业记录</caption>
      <thead>
        <tr>
          <th scope="col">姓名</th>
          <th scope="col">企业 · 岗位</th>
          <th scope="col">上岗日期</th>
          <th scope="col" className="num">
            月工资
          </th>
          <th scope="col">状态</th>
        </tr>
      </thead>
      <tbody>
        {placements.map((p) => (
          <tr key={p.id}>
            <th scope="row" data-label="姓名">
              <Link to={`/placements/${p.id}`}>{p.seeker.name}</Link>
            </th>
            <td data-label="企业 · 岗位">
              {p.employerName}
              {p.positionTitle ? ` · ${p.positionTitle}` : ""}
            </td>
            <td data-label="上岗日期">{formatDateOnly(p.startedOn)}</td>
            <td data-label="月工资" className="num">
              {formatNumber(p.monthlyWage)} 元
            </td>
            <td data-label="状态">
              <PlacementStatusBadge status={p.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
