import { Navigate } from "react-router";
import { FullPageStatus } from "../components/full-page-status.tsx";
import { useAuth } from "./auth-provider.tsx";

/** The site's front door: the fairs for staff, a seeker's own page, the job board for everyone else. */
export function HomeRedirect() {
  const { state } = useAuth();
  if (state.status === "loading") {
    return (
      <FullPageStatus isBusy>
        <p role="status">正在加载…</p>
      </FullPageStatus>
    );
  }
  if (state.status !== "signed-in") return <Navigate to="/jobs" replace />;
  // A job seeker's home is their own page (badge, matches); everyone else starts at the fairs.
  return <Navigate to={state.user.role === "SEEKER" ? "/me" : "/fairs"} replace />;
}
