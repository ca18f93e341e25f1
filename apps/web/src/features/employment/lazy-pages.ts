// Pages behind sign-in, each fetched the first time it is opened (AppLayout's Suspense shows
// 正在加载… meanwhile); the public pages never pull this code.
import { lazy } from "react";

export const EmploymentPage = lazy(() => import("./employment-page.tsx").then((m) => ({ default: m.EmploymentPage })));
