// Pages behind sign-in, each fetched the first time it is opened (AppLayout's Suspense shows
// 正在加载… meanwhile); the public pages never pull this code.
import { lazy } from "react";

export const CoveragePage = lazy(() => import("./coverage-page.tsx").then((m) => ({ default: m.CoveragePage })));
export const CooperationPage = lazy(() => import("./cooperation-page.tsx").then((m) => ({ default: m.CooperationPage })));
