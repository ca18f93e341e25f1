import { Route, Routes } from "react-router";
import { LoginPage } from "../features/auth/login-page.tsx";
import { LazyBoothPage } from "../features/booth/lazy-booth-page.tsx";
import {
  BadgeSheetPage,
  DeskPage,
  FairPickerPage,
  HouseholdsPage,
  LiveDashboardPage,
  SeekerDetailPage,
  SeekersPage,
} from "../features/desk/lazy-pages.tsx";
import { FairPosterPage } from "../features/fairs/lazy-registration-share.tsx";
import { JobBoardPage } from "../features/jobs/job-board-page.tsx";
import { PositionPage } from "../features/jobs/position-page.tsx";
import { MePage } from "../features/me/lazy-me-page.tsx";
import { RegistrationPage } from "../features/registration/registration-page.tsx";
import { SignInPage } from "../features/sign-in/sign-in-page.tsx";
import { AppLayout } from "./app-layout.tsx";
import { HomeRedirect } from "./home-redirect.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import { RequireAuth, RequireRole } from "./require-auth.tsx";
import { SiteLayout } from "./site-layout.tsx";
import {
  BoothFairPicker,
  CoveragePage,
  EmployersPage,
  FairCreatePage,
  FairDetailPage,
  FairEditPage,
  FairListPage,
  OutboxPage,
  PlacementDetailPage,
  PlacementsPage,
  PositionCreatePage,
  PositionEditPage,
  PositionsPage,
  UsersPage,
} from "./staff-pages.tsx";

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route index element={<HomeRedirect />} />
      {/* Public pages: anyone may look for work without an account. */}
      <Route element={<SiteLayout />}>
        <Route path="jobs" element={<JobBoardPage />} />
        <Route path="jobs/:id" element={<PositionPage />} />
        {/* Self-service for job seekers: sign up from a fair's link; /me also works offline. */}
        <Route path="fairs/:fairId/register" element={<RegistrationPage />} />
        <Route path="me" element={<MePage />} />
        {/* A seeker comes back on any phone: phone number, then a code by text message. */}
        <Route path="sign-in" element={<SignInPage />} />
      </Route>
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route path="fairs" element={<FairListPage />} />
        <Route path="fairs/:id" element={<FairDetailPage />} />
        <Route
          path="fairs/new"
          element={
            <RequireRole roles={["ADMIN"]}>
              <FairCreatePage />
            </RequireRole>
          }
        />
        <Route
          path="fairs/:id/edit"
          element={
            <RequireRole roles={["ADMIN"]}>
              <FairEditPage />
            </RequireRole>
          }
        />
        <Route
          path="positions"
          element={
            <RequireRole roles={["ADMIN", "EMPLOYER"]}>
              <PositionsPage />
            </RequireRole>
          }
        />
        <Route
          path="positions/new"
          element={
            <RequireRole roles={["ADMIN", "EMPLOYER"]}>
              <PositionCreatePage />
            </RequireRole>
          }
        />
        <Route
          path="positions/:id/edit"
          element={
            <RequireRole roles={["ADMIN", "EMPLOYER"]}>
              <PositionEditPage />
            </RequireRole>
          }
        />
        <Route
          path="employers"
          element={
            <RequireRole roles={["ADMIN"]}>
              <EmployersPage />
            </RequireRole>
          }
        />
        <Route
          path="users"
          element={
            <RequireRole roles={["ADMIN"]}>
              <UsersPage />
            </RequireRole>
          }
        />
        <Route
          path="desk"
          element={
            <RequireRole roles={["ADMIN", "STAFF"]}>
              <FairPickerPage purpose="desk" />
            </RequireRole>
          }
        />
        <Route
          path="fairs/:id/desk"
          element={
            <RequireRole roles={["ADMIN", "STAFF"]}>
              <DeskPage />
            </RequireRole>
          }
        />
        <Route
          path="live"
          element={
            <RequireRole roles={["ADMIN", "STAFF"]}>
              <FairPickerPage purpose="live" />
            </RequireRole>
          }
        />
        <Route
          path="fairs/:id/live"
          element={
            <RequireRole roles={["ADMIN", "STAFF"]}>
              <LiveDashboardPage />
            </RequireRole>
          }
        />
        <Route
          path="seekers"
          element={
            <RequireRole roles={["ADMIN", "STAFF"]}>
              <SeekersPage />
            </RequireRole>
          }
        />
        <Route
          path="seekers/badges"
          element={
            <RequireRole roles={["ADMIN", "STAFF"]}>
              <BadgeSheetPage />
            </RequireRole>
          }
        />
        <Route
          path="seekers/:id"
          element={
            <RequireRole roles={["ADMIN", "STAFF"]}>
              <SeekerDetailPage />
            </RequireRole>
          }
        />
        <Route
          path="households"
          element={
            <RequireRole roles={["ADMIN", "STAFF"]}>
              <HouseholdsPage />
            </RequireRole>
          }
        />
        <Route
          path="booth"
          element={
            <RequireRole roles={["ADMIN", "STAFF", "EMPLOYER"]}>
              <BoothFairPicker />
            </RequireRole>
          }
        />
        <Route
          path="fairs/:id/booth"
          element={
            <RequireRole roles={["ADMIN", "STAFF", "EMPLOYER"]}>
              <LazyBoothPage />
            </RequireRole>
          }
        />
        <Route
          path="placements"
          element={
            <RequireRole roles={["ADMIN", "STAFF", "EMPLOYER"]}>
              <PlacementsPage />
            </RequireRole>
          }
        />
        <Route
          path="placements/:id"
          element={
            <RequireRole roles={["ADMIN", "STAFF", "EMPLOYER"]}>
              <PlacementDetailPage />
            </RequireRole>
          }
        />
        <Route
          path="notifications"
          element={
            <RequireRole roles={["ADMIN"]}>
              <OutboxPage />
            </RequireRole>
          }
        />
        <Route
          path="fairs/:id/poster"
          element={
            <RequireRole roles={["ADMIN", "STAFF"]}>
              <FairPosterPage />
            </RequireRole>
          }
        />
        <Route
          path="coverage"
          element={
            <RequireRole roles={["ADMIN", "STAFF"]}>
              <CoveragePage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
