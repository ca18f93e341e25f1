import { lazy, Suspense } from "react";

/* The seeker's page brings a QR encoder and a socket client: it loads only when opened. */
const LazyMe = lazy(() => import("./me-page.tsx").then((m) => ({ default: m.MePage })));

export const MePage = () => (
  <Suspense fallback={<p role="status">正在加载…</p>}>
    <LazyMe />
  </Suspense>
);
