import { lazy, Suspense } from "react";

// The booth brings the QR camera decoder: it loads only when a booth is opened.
const LazyBooth = lazy(() => import("./booth-page.tsx").then((m) => ({ default: m.BoothPage })));

export function LazyBoothPage() {
  return (
    <Suspense fallback={<p role="status">正在加载…</p>}>
      <LazyBooth />
    </Suspense>
  );
}
