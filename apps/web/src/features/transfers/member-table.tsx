import { STAFF_LABELS, type Transfer, type TransferMember } from "@xiezuo/contracts";
import { formatShortDate, formatTime } from "../../lib/format.ts";
import { describeHome, describeReason, getMemberActions } from "./transfer-model.ts";

export type MemberAction = { kind: "arrival" | "exception"; member: TransferMember };

function describeWhen(member: TransferMember): string {
  if (member.state === "ARRIVED" && member.arrivedOn) {
    const [year, month, day] = member.arrivedOn.split("-");
    return `${year}/${Number(month)}/${Number(day)} 到达`;
  }
  if (member.boardedAt) return `${formatShortDate(member.boardedAt)} ${formatTime(member.boardedAt)} 上车`;
  return "";
}

/** 名单: name, masked ID number, township and village, state and reason, and what can be done. */
export function MemberTable({
  transfer,
  members,
  onAction,
}: {
  transfer: Pick<Transfer, "status">;
  members: readonly TransferMember[];
  onAction: (action: MemberAction) => void;
}) {
  return (
    <table className="table table--stack transfer-members" data-testid="transfer-members">
      <caption className="visually-hidden">输出名单</caption>
      <thead>
        <tr>
          <th scope="col">姓名</th>
          <th scope="col">身份证号</th>
          <th scope="col">乡镇 · 村</th>
          <th scope="col">状态</th>
          <th scope="col">原因</th>
          <th scope="col">
            <span className="visually-hidden">操作</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => {
          const actions = getMemberActions(transfer, member);
          const when = describeWhen(member);
          return (
            <tr key={member.seekerId} data-testid="transfer-member" data-state={member.state}>
              <th scope="row" data-label="姓名">
                {member.seeker.name}
              </th>
              <td data-label="身份证号" className="mono">
                {member.seeker.idNumberMasked}
              </td>
              <td data-label="乡镇 · 村">{describeHome(member.seeker)}</td>
              <td data-label="状态">
                <span className={`member-state member-state--${member.state.toLowerCase()}`}>
                  {STAFF_LABELS.transferMemberState[member.state]}
                </span>
                {when && <span className="member-state__when muted">{when}</span>}
              </td>
              <td data-label="原因">{describeReason(member) || <span className="muted">—</span>}</td>
              <td data-label="操作">
                <div className="transfer-members__actions">
                  {actions.canConfirmArrival && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => onAction({ kind: "arrival", member })}
                    >
                      到达确认<span className="visually-hidden">：{member.seeker.name}</span>
                    </button>
                  )}
                  {actions.canReportException && (
                    <button
                      type="button"
                      className="button button--danger-outline button--small"
                      onClick={() => onAction({ kind: "exception", member })}
                    >
                      异常<span className="visually-hidden">：{member.seeker.name}</span>
                    </button>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
