import type { Employer, ManagedUser, UserListResponse } from "@xiezuo/contracts";
import { useMemo, useState } from "react";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { indexOrganisations, useOrganisations } from "../organisations/index.ts";
import { CreateUserForm } from "./create-user-form.tsx";
import { describeToggleAction, describeToggleResult, replaceUser } from "./user-status-model.ts";
import { UserTable } from "./user-table.tsx";
import { listEmployers, listUsers, setUserDisabled } from "./users-api.ts";

/** Answers of PATCH shown at once; they only apply to the list they were made on (a reload replaces them). */
type LocalUpdates = { source: UserListResponse; users: ManagedUser[] } | null;

export function UsersPage() {
  useDocumentTitle("账号管理");
  const me = useCurrentUser();
  const users = useApiData((signal) => listUsers(signal), []);
  const employers = useApiData((signal) => listEmployers("", signal), []);
  const organisations = useOrganisations(me);
  const [toggling, setToggling] = useState<ManagedUser | null>(null);
  const [notice, setNotice] = useState("");
  const [updates, setUpdates] = useState<LocalUpdates>(null);

  const employersById = useMemo(
    () => new Map<string, Employer>((employers.data?.employers ?? []).map((employer) => [employer.id, employer])),
    [employers.data],
  );
  const organisationsById = useMemo(
    () => (organisations.data ? indexOrganisations(organisations.data.organisations) : null),
    [organisations.data],
  );
  const shownUsers = useMemo(() => {
    const loaded = users.data?.users ?? [];
    return updates && updates.source === users.data ? updates.users.reduce(replaceUser, loaded) : loaded;
  }, [users.data, updates]);

  const action = toggling ? describeToggleAction(toggling, me.id) : null;

  async function confirmToggle(user: ManagedUser, disabled: boolean) {
    const updated = await setUserDisabled(user.id, disabled);
    const source = users.data;
    if (source) setUpdates((previous) => ({ source, users: [...(previous?.source === source ? previous.users : []), updated] }));
    setNotice(describeToggleResult(updated));
    users.reload();
  }

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
          <p className="form-success" role="status">
            {notice}
          </p>
          {users.status === "loading" && !users.data && <p role="status">正在加载账号…</p>}
          {users.status === "error" && <ErrorPanel error={users.error} title="账号列表加载失败" onRetry={users.reload} />}
          {users.data && shownUsers.length === 0 && <p className="empty-state__title">还没有账号</p>}
          {users.data && shownUsers.length > 0 && (
            <>
              <UserTable
                users={shownUsers}
                employersById={employersById}
                organisationsById={organisationsById}
                currentUserId={me.id}
                onToggle={(user) => {
                  setNotice("");
                  setToggling(user);
                }}
              />
              {users.data.total > shownUsers.length && <p className="muted">仅显示前 {formatNumber(shownUsers.length)} 个账号。</p>}
            </>
          )}
        </section>

        <CreateUserForm employers={employers} organisations={organisations} me={me} />
      </div>

      {toggling && action && (
        <ConfirmDialog
          title={action.confirmTitle}
          confirmLabel={action.label}
          isDanger={action.nextDisabled}
          onConfirm={() => confirmToggle(toggling, action.nextDisabled)}
          onClose={() => setToggling(null)}
        >
          <p>{action.confirmBody}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
