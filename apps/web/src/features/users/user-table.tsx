import type { Employer, ManagedUser, Organisation } from "@xiezuo/contracts";
import { ROLE_LABELS } from "../auth/index.ts";
import { describeUserOrganisation } from "./user-organisation-model.ts";
import { describeToggleAction } from "./user-status-model.ts";

interface UserTableProps {
  users: readonly ManagedUser[];
  employersById: ReadonlyMap<string, Employer>;
  /** null while the organisations load. */
  organisationsById: ReadonlyMap<string, Organisation> | null;
  currentUserId: string;
  /** Asks for confirmation before the account is disabled or re-enabled. */
  onToggle: (user: ManagedUser) => void;
}

/** On phones each row becomes a small card (see .table--stack in the CSS). */
export function UserTable({ users, employersById, organisationsById, currentUserId, onToggle }: UserTableProps) {
  return (
    <table className="table table--stack">
      <caption className="visually-hidden">账号列表</caption>
      <thead>
        <tr>
          <th scope="col">用户名</th>
          <th scope="col">显示名称</th>
          <th scope="col">角色</th>
          <th scope="col">所属机构</th>
          <th scope="col">所属企业</th>
          <th scope="col">状态</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const action = describeToggleAction(user, currentUserId);
          return (
            <tr key={user.id} className={user.disabled ? "user-row--disabled" : undefined}>
              <th scope="row" data-label="用户名">
                {user.username}
                {user.id === currentUserId && <span className="muted">（我）</span>}
              </th>
              <td data-label="显示名称">{user.displayName ?? "—"}</td>
              <td data-label="角色">{ROLE_LABELS[user.role]}</td>
              <td data-label="所属机构">{describeUserOrganisation(user, organisationsById)}</td>
              <td data-label="所属企业">
                {user.employerId ? (employersById.get(user.employerId)?.name ?? "（不在当前企业列表中）") : "—"}
              </td>
              <td data-label="状态">
                {user.disabled ? <span className="badge badge--closed">已停用</span> : <span className="badge badge--open">正常</span>}
              </td>
              <td data-label="操作">
                {action.blockedReason ? (
                  <span className="muted">{action.blockedReason}</span>
                ) : (
                  <button
                    type="button"
                    className={`button button--small ${action.nextDisabled ? "button--danger-outline" : "button--secondary"}`}
                    aria-label={`${action.label}账号 ${user.username}`}
                    onClick={() => onToggle(user)}
                  >
                    {action.label}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
