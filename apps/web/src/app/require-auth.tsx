import type { Role } from "@xiezuo/contracts";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { ErrorPanel } from "../components/error-panel.tsx";
import { FullPageStatus } from "../components/full-page-status.tsx";
import { useAuth } from "./auth-provider.tsx";
import { ForbiddenPage } from "./forbidden-page.tsx";

/** Protected pages: signed-out visitors go to /login, which brings them back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, retry } = useAuth();
  const location = useLocation();

  if (state.status === "loading") {
    return (
      <FullPageStatus isBusy>
        <p role="status">正在加载…</p>
      </FullPageStatus>
    );
  }
  if (state.status === "error") {
    return (
      <FullPageStatus>
        <ErrorPanel error={state.error} title="暂时无法连接服务器" onRetry={retry} />
      </FullPageStatus>
    );
  }
  if (state.status === "signed-out") {
    // After an explicit logout the next person starts fresh; otherwise return to this page.
    const loginState =
      state.reason === "logged-out"
        ? null
        : { from: { pathname: location.pathname, search: location.search, hash: location.hash }, reason: state.reason };
    return <Navigate to="/login" replace state={loginState} />;
  }
  return children;
}

/** Pages for some roles only. The navigation hides them; a typed URL gets a clear refusal. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { state } = useAuth();
  if (state.status !== "signed-in" || !roles.includes(state.user.role)) return <ForbiddenPage />;
  return children;
}
