// Pages behind sign-in, each fetched the first time it is opened (AppLayout's Suspense shows
// 正在加载… meanwhile); the public pages never pull this code.
import { lazy } from "react";

export const OrganisationsPage = lazy(() => import("./organisations-page.tsx").then((m) => ({ default: m.OrganisationsPage })));
