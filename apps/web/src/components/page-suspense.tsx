import { type ReactNode, Suspense } from "react";

/** Around a page whose code is fetched when it opens: 正在加载… until it has arrived. */
export function PageSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p role="status">正在加载…</p>}>{children}</Suspense>;
}
