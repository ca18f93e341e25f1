import { type Household, STAFF_LABELS } from "@xiezuo/contracts";
import { formatShortDate } from "../../lib/format.ts";

export function HouseholdTable({ households }: { households: readonly Household[] }) {
  return (
    <table className="table table--stack households-table">
      <caption className="visually-hidden">农户名册</caption>
      <thead>
        <tr>
          <th scope="col">户编号</th>
          <th scope="col">乡镇 · 村</th>
          <th scope="col">家庭类别</th>
          <th scope="col" className="num">
            劳动力
          </th>
          <th scope="col">更新日期</th>
        </tr>
      </thead>
      <tbody>
        {households.map((household) => (
          <tr key={household.id}>
            <th scope="row" data-label="户编号">
              {household.code}
            </th>
            <td data-label="乡镇 · 村">
              {household.township} · {household.village}
              <span className="muted"> （{household.regionCode}）</span>
            </td>
            <td data-label="家庭类别">
              <span className={`household-poverty household-poverty--${household.povertyStatus.toLowerCase()}`}>
                {STAFF_LABELS.povertyStatus[household.povertyStatus]}
              </span>
            </td>
            <td data-label="劳动力" className="num">
              {household.labourCapableMembers} 人
            </td>
            <td data-label="更新日期">{formatShortDate(household.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
