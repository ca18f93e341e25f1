// Pages behind sign-in, each fetched the first time it is opened (AppLayout's Suspense shows
// 正在加载… meanwhile); the public pages never pull this code.
import { lazy } from "react";

export const PlacementsPage = lazy(() => import("./placements-page.tsx").then((m) => ({ default: m.PlacementsPage })));
export const PlacementDetailPage = lazy(() => import("./placement-detail-page.tsx").then((m) => ({ default: m.PlacementDetailPage })));
