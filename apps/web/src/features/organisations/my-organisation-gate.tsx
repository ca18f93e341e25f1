import type { Organisation, User } from "@xiezuo/contracts";
import type { ReactNode } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { useMyOrganisation } from "./use-organisations.ts";

interface MyOrganisationGateProps {
  user: Pick<User, "role" | "organisationId">;
  /** Gets the account's organisation, or null for the platform; rendered once it is known. */
  children: (organisation: Organisation | null) => ReactNode;
}

/** Pages that start on the bureau's own region wait for it here (a platform account does not wait). */
export function MyOrganisationGate({ user, children }: MyOrganisationGateProps) {
  const my = useMyOrganisation(user);
  if (my.status === "platform" || my.status === "none") return children(null);
  if (my.status === "found") return children(my.organisation);
  if (my.status === "loading") return <p role="status">正在读取本机构的辖区…</p>;
  if (my.status === "error") return <ErrorPanel error={my.error} title="本机构信息加载失败" onRetry={my.reload} />;
  return (
    <div className="panel panel--error" role="alert">
      <p className="panel__title">找不到本账号所属的机构</p>
      <p>请联系平台管理员核对账号的所属机构。</p>
    </div>
  );
}
