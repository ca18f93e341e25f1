import { lazy } from "react";
import { PageSuspense } from "../../components/page-suspense.tsx";

/* The household roll (its spreadsheet import among it) loads only when opened. */
const LazyHouseholds = lazy(() => import("./households-page.tsx").then((m) => ({ default: m.HouseholdsPage })));

export const HouseholdsPage = () => (
  <PageSuspense>
    <LazyHouseholds />
  </PageSuspense>
);
