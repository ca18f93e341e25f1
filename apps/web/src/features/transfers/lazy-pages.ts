// Pages behind sign-in, each fetched the first time it is opened (AppLayout's Suspense shows
// 正在加载… meanwhile); the public pages never pull this code. The boarding desk brings the
// QR decoder and the socket client with it.
import { lazy } from "react";

export const TransferListPage = lazy(() => import("./transfer-list-page.tsx").then((m) => ({ default: m.TransferListPage })));
export const TransferPage = lazy(() => import("./transfer-page.tsx").then((m) => ({ default: m.TransferPage })));
export const BoardingDeskPage = lazy(() => import("./boarding-page.tsx").then((m) => ({ default: m.BoardingDeskPage })));
