// Pages behind sign-in, each fetched the first time it is opened (AppLayout's Suspense shows
// 正在加载… meanwhile); the public pages never pull this code.
import { lazy } from "react";

export const SubsidyRulesPage = lazy(() => import("./subsidy-rules-page.tsx").then((m) => ({ default: m.SubsidyRulesPage })));
export const RosterPage = lazy(() => import("./roster-page.tsx").then((m) => ({ default: m.RosterPage })));
export const RosterNoticePage = lazy(() => import("./roster-notice-page.tsx").then((m) => ({ default: m.RosterNoticePage })));
