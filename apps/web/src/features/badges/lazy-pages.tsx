import { lazy } from "react";
import { PageSuspense } from "../../components/page-suspense.tsx";

/* The sheets of badges bring the QR encoder: they load only when opened. */
const LazyBadgeSheet = lazy(() => import("./badge-sheet-page.tsx").then((m) => ({ default: m.BadgeSheetPage })));

export const BadgeSheetPage = () => (
  <PageSuspense>
    <LazyBadgeSheet />
  </PageSuspense>
);
