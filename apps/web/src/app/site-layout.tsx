import { AppLayout } from "./app-layout.tsx";
import { useAuth } from "./auth-provider.tsx";
import { PublicLayout } from "./public-layout.tsx";

/** Public pages: the full app frame for a signed-in user, the simple public one otherwise. */
export function SiteLayout() {
  const { state } = useAuth();
  return state.status === "signed-in" ? <AppLayout /> : <PublicLayout />;
}
