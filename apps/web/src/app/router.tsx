import { Navigate, Route, Routes } from "react-router";
import { LoginPage } from "../features/auth/login-page.tsx";
import { FairDetailPage } from "../features/fairs/fair-detail-page.tsx";
import { FairListPage } from "../features/fairs/fair-list-page.tsx";
import { UsersPage } from "../features/users/users-page.tsx";
import { AppLayout } from "./app-layout.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import { RequireAuth, RequireRole } from "./require-auth.tsx";

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<Navigate to="/fairs" replace />} />
        <Route path="fairs" element={<FairListPage />} />
        <Route path="fairs/:id" element={<FairDetailPage />} />
        <Route
          path="users"
          element={
            <RequireRole roles={["ADMIN"]}>
              <UsersPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
