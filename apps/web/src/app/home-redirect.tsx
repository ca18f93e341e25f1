import { Navigate } from "react-router";
import { FullPageStatus } from "../components/full-page-status.tsx";
import { useAuth } from "./auth-provider.tsx";

/** The site's front door: the fairs for signed-in users, the job board for everyone else. */
export function HomeRedirect() {
  const { state } = useAuth();
  if (state.status === "loading") {
    return (
      <FullPageStatus isBusy>
        <p role="status">正在加载…</p>
      </FullPageStatus>
    );
  }
  return <Navigate to={state.status === "signed-in" ? "/fairs" : "/jobs"} replace />;
}
