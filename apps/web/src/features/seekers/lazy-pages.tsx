import { lazy } from "react";
import { PageSuspense } from "../../components/page-suspense.tsx";

/* The seeker pages (a badge with its QR code among them) load only when opened. */
const LazySeekers = lazy(() => import("./seekers-page.tsx").then((m) => ({ default: m.SeekersPage })));
const LazySeekerDetail = lazy(() => import("./seeker-detail-page.tsx").then((m) => ({ default: m.SeekerDetailPage })));

export const SeekersPage = () => (
  <PageSuspense>
    <LazySeekers />
  </PageSuspense>
);
export const SeekerDetailPage = () => (
  <PageSuspense>
    <LazySeekerDetail />
  </PageSuspense>
);
