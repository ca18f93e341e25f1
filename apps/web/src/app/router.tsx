import { Route, Routes } from "react-router";
import { LoginPage } from "../features/auth/index.ts";
import { AppLayout } from "./app-layout.tsx";
import { HomeRedirect } from "./home-redirect.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import { RequireAuth, RequireRole } from "./require-auth.tsx";
import { APP_ROUTES, type AppRoute } from "./routes.tsx";
import { SiteLayout } from "./site-layout.tsx";

/** A page of the table as a route; pages for some roles refuse the others (RequireRole). */
function toRoute({ path, access, element }: AppRoute) {
  const guarded = typeof access === "string" ? element : <RequireRole roles={access}>{element}</RequireRole>;
  return <Route key={path} path={path} element={guarded} />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route index element={<HomeRedirect />} />
      <Route element={<SiteLayout />}>{APP_ROUTES.filter((route) => route.access === "public").map(toRoute)}</Route>
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        {APP_ROUTES.filter((route) => route.access !== "public").map(toRoute)}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
