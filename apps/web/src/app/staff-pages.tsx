// The pages behind sign-in (organisers, desk staff, employers), each fetched the first time
// it is opened; AppLayout's Suspense shows 正在加载… meanwhile, and the service worker keeps
// the chunk like the rest of the app shell. The public pages — job board, position page, fair
// registration, 我的 — never pull this code. The desk, live screen, seekers, households, booth
// and poster have their own lazy wrappers in their features (camera decoder, QR encoder, sockets).
import { lazy } from "react";

export const FairListPage = lazy(() => import("../features/fairs/fair-list-page.tsx").then((m) => ({ default: m.FairListPage })));
export const FairDetailPage = lazy(() => import("../features/fairs/fair-detail-page.tsx").then((m) => ({ default: m.FairDetailPage })));
export const FairCreatePage = lazy(() => import("../features/fairs/fair-create-page.tsx").then((m) => ({ default: m.FairCreatePage })));
export const FairEditPage = lazy(() => import("../features/fairs/fair-edit-page.tsx").then((m) => ({ default: m.FairEditPage })));
export const PositionsPage = lazy(() => import("../features/positions/positions-page.tsx").then((m) => ({ default: m.PositionsPage })));
export const PositionCreatePage = lazy(() =>
  import("../features/positions/position-create-page.tsx").then((m) => ({ default: m.PositionCreatePage })),
);
export const PositionEditPage = lazy(() =>
  import("../features/positions/position-edit-page.tsx").then((m) => ({ default: m.PositionEditPage })),
);
export const EmployersPage = lazy(() => import("../features/employers/employers-page.tsx").then((m) => ({ default: m.EmployersPage })));
export const UsersPage = lazy(() => import("../features/users/users-page.tsx").then((m) => ({ default: m.UsersPage })));
export const BoothFairPicker = lazy(() => import("../features/booth/booth-fair-picker.tsx").then((m) => ({ default: m.BoothFairPicker })));
export const PlacementsPage = lazy(() => import("../features/placements/placements-page.tsx").then((m) => ({ default: m.PlacementsPage })));
export const PlacementDetailPage = lazy(() =>
  import("../features/placements/placement-detail-page.tsx").then((m) => ({ default: m.PlacementDetailPage })),
);
export const OutboxPage = lazy(() => import("../features/notifications/outbox-page.tsx").then((m) => ({ default: m.OutboxPage })));
export const CoveragePage = lazy(() => import("../features/reports/coverage-page.tsx").then((m) => ({ default: m.CoveragePage })));
