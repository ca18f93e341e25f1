import { type Seeker, STAFF_LABELS } from "@xiezuo/contracts";
import { Link } from "react-router";
import { formatShortDate } from "../../lib/format.ts";

interface SeekerTableProps {
  seekers: readonly Seeker[];
  selected: ReadonlySet<string>;
  onToggle: (seekerId: string, isChecked: boolean) => void;
}

/** Masked numbers only; the checkbox picks people for a sheet of badges. */
export function SeekerTable({ seekers, selected, onToggle }: SeekerTableProps) {
  return (
    <table className="table table--stack seeker-table">
      <caption className="visually-hidden">求职者列表</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">选择</span>
          </th>
          <th scope="col">姓名</th>
          <th scope="col">身份证号</th>
          <th scope="col">手机号</th>
          <th scope="col">家庭类别</th>
          <th scope="col">登记日期</th>
        </tr>
      </thead>
      <tbody>
        {seekers.map((seeker) => (
          <tr key={seeker.id}>
            <td data-label="选择">
              <input
                type="checkbox"
                className="seeker-table__check"
                checked={selected.has(seeker.id)}
                onChange={(event) => onToggle(seeker.id, event.target.checked)}
                aria-label={`选择${seeker.name}，打印胸牌`}
              />
            </td>
            <th scope="row" data-label="姓名">
              <Link to={`/seekers/${seeker.id}`}>{seeker.name}</Link>
            </th>
            <td data-label="身份证号" className="seeker-table__number">
              {seeker.idNumberMasked}
            </td>
            <td data-label="手机号" className="seeker-table__number">
              {seeker.phoneMasked}
            </td>
            <td data-label="家庭类别">{seeker.household ? STAFF_LABELS.povertyStatus[seeker.household.povertyStatus] : "未关联"}</td>
            <td data-label="登记日期">{formatShortDate(seeker.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
