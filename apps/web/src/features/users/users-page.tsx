import type { Employer } from "@xiezuo/contracts";
import { useMemo } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { CreateUserForm } from "./create-user-form.tsx";
import { UserTable } from "./user-table.tsx";
import { listEmployers, listUsers } from "./users-api.ts";

export function UsersPage() {
  useDocumentTitle("账号管理");
  const users = useApiData((signal) => listUsers(signal), []);
  const employers = useApiData((signal) => listEmployers("", signal), []);

  const employersById = useMemo(
    () => new Map<string, Employer>((employers.data?.employers ?? []).map((employer) => [employer.id, employer])),
    [employers.data],
  );

  return (
    <section aria-labelledby="users-title">
      <div className="page-heading">
        <h1 id="users-title">账号管理</h1>
        <p className="muted">为人社局同事、招聘会工作人员和企业招聘专员开通账号。</p>
      </div>

      <div className="users-layout">
        <section className="card" aria-labelledby="users-list-title" aria-busy={users.status === "loading"}>
          <div className="section-heading">
            <h2 id="users-list-title">全部账号</h2>
            {users.data && <span className="muted">共 {formatNumber(users.data.total)} 个</span>}
          </div>
          {users.status === "loading" && !users.data && <p role="status">正在加载账号…</p>}
          {users.status === "error" && <ErrorPanel error={users.error} title="账号列表加载失败" onRetry={users.reload} />}
          {users.data && users.data.users.length === 0 && <p className="empty-state__title">还没有账号</p>}
          {users.data && users.data.users.length > 0 && (
            <>
              <UserTable users={users.data.users} employersById={employersById} />
              {users.data.total > users.data.users.length && (
                <p className="muted">仅显示前 {formatNumber(users.data.users.length)} 个账号。</p>
              )}
            </>
          )}
        </section>

        <CreateUserForm employers={employers} onCreated={users.reload} />
      </div>
    </section>
  );
}
