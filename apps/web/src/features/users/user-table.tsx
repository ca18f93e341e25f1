import type { Employer, User } from "@xiezuo/contracts";
import { ROLE_LABELS } from "../auth/role-labels.ts";

interface UserTableProps {
  users: readonly User[];
  employersById: ReadonlyMap<string, Employer>;
}

/** On phones each row becomes a small card (see .table--stack in the CSS). */
export function UserTable({ users, employersById }: UserTableProps) {
  return (
    <table className="table table--stack">
      <caption className="visually-hidden">账号列表</caption>
      <thead>
        <tr>
          <th scope="col">用户名</th>
          <th scope="col">显示名称</th>
          <th scope="col">角色</th>
          <th scope="col">所属企业</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row" data-label="用户名">
              {user.username}
            </th>
            <td data-label="显示名称">{user.displayName ?? "—"}</td>
            <td data-label="角色">{ROLE_LABELS[user.role]}</td>
            <td data-label="所属企业">{user.employerId ? (employersById.get(user.employerId)?.name ?? "（不在当前企业列表中）") : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
