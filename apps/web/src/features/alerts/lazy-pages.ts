// Pages behind sign-in, each fetched the first time it is opened (AppLayout's Suspense shows
// 正在加载… meanwhile); the public pages never pull this code.
import { lazy } from "react";

export const AlertsPage = lazy(() => import("./alerts-page.tsx").then((m) => ({ default: m.AlertsPage })));
