// Pages behind sign-in, each fetched the first time it is opened (AppLayout's Suspense shows
// 正在加载… meanwhile); the public pages never pull this code.
import { lazy } from "react";

export const FairListPage = lazy(() => import("./fair-list-page.tsx").then((m) => ({ default: m.FairListPage })));
export const FairDetailPage = lazy(() => import("./fair-detail-page.tsx").then((m) => ({ default: m.FairDetailPage })));
export const FairCreatePage = lazy(() => import("./fair-create-page.tsx").then((m) => ({ default: m.FairCreatePage })));
export const FairEditPage = lazy(() => import("./fair-edit-page.tsx").then((m) => ({ default: m.FairEditPage })));
