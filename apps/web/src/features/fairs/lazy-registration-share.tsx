import type { Fair } from "@xiezuo/contracts";
import { lazy, Suspense } from "react";

/* Both draw QR codes: the encoder loads only for staff who open them, not with the job board. */
const LazyShare = lazy(() => import("./fair-registration-share.tsx").then((m) => ({ default: m.FairRegistrationShare })));
const LazyPoster = lazy(() => import("./fair-poster-page.tsx").then((m) => ({ default: m.FairPosterPage })));

export const FairRegistrationShare = ({ fair }: { fair: Fair }) => (
  <Suspense fallback={null}>
    <LazyShare fair={fair} />
  </Suspense>
);

export const FairPosterPage = () => (
  <Suspense fallback={<p role="status">正在加载…</p>}>
    <LazyPoster />
  </Suspense>
);
