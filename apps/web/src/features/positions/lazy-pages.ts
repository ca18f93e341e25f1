// Pages behind sign-in, each fetched the first time it is opened (AppLayout's Suspense shows
// 正在加载… meanwhile); the public pages never pull this code.
import { lazy } from "react";

export const PositionsPage = lazy(() => import("./positions-page.tsx").then((m) => ({ default: m.PositionsPage })));
export const PositionCreatePage = lazy(() => import("./position-create-page.tsx").then((m) => ({ default: m.PositionCreatePage })));
export const PositionEditPage = lazy(() => import("./position-edit-page.tsx").then((m) => ({ default: m.PositionEditPage })));
