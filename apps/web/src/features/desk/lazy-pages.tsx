import { lazy, type ReactNode, Suspense } from "react";

/*
 * The check-in pages bring a QR decoder, a QR encoder and a socket client: they load only
 * when one of them is opened, so the public job board stays small on a phone.
 */
const LazyDesk = lazy(() => import("./desk-page.tsx").then((m) => ({ default: m.DeskPage })));
const LazyFairPicker = lazy(() => import("./fair-picker-page.tsx").then((m) => ({ default: m.FairPickerPage })));
const LazyLiveDashboard = lazy(() => import("../live/live-dashboard-page.tsx").then((m) => ({ default: m.LiveDashboardPage })));
const LazySeekers = lazy(() => import("../seekers/seekers-page.tsx").then((m) => ({ default: m.SeekersPage })));
const LazySeekerDetail = lazy(() => import("../seekers/seeker-detail-page.tsx").then((m) => ({ default: m.SeekerDetailPage })));
const LazyBadgeSheet = lazy(() => import("../badges/badge-sheet-page.tsx").then((m) => ({ default: m.BadgeSheetPage })));
const LazyHouseholds = lazy(() => import("../households/households-page.tsx").then((m) => ({ default: m.HouseholdsPage })));

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p role="status">正在加载…</p>}>{children}</Suspense>;
}

export const DeskPage = () => (
  <Loading>
    <LazyDesk />
  </Loading>
);
export const FairPickerPage = ({ purpose }: { purpose: "desk" | "live" }) => (
  <Loading>
    <LazyFairPicker purpose={purpose} />
  </Loading>
);
export const LiveDashboardPage = () => (
  <Loading>
    <LazyLiveDashboard />
  </Loading>
);
export const SeekersPage = () => (
  <Loading>
    <LazySeekers />
  </Loading>
);
export const SeekerDetailPage = () => (
  <Loading>
    <LazySeekerDetail />
  </Loading>
);
export const BadgeSheetPage = () => (
  <Loading>
    <LazyBadgeSheet />
  </Loading>
);
export const HouseholdsPage = () => (
  <Loading>
    <LazyHouseholds />
  </Loading>
);
