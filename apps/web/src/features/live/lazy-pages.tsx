import { lazy } from "react";
import { PageSuspense } from "../../components/page-suspense.tsx";

/* The live screen brings a socket client: it loads only when opened. */
const LazyLiveDashboard = lazy(() => import("./live-dashboard-page.tsx").then((m) => ({ default: m.LiveDashboardPage })));

export const LiveDashboardPage = () => (
  <PageSuspense>
    <LazyLiveDashboard />
  </PageSuspense>
);
