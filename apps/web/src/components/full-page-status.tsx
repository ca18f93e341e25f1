import type { ReactNode } from "react";

/** Shown before the shell can render: while the session is checked, or when that failed. */
export function FullPageStatus({ children, isBusy = false }: { children: ReactNode; isBusy?: boolean }) {
  return (
    <div className="full-page-status" aria-busy={isBusy}>
      <p className="brand brand--on-light" aria-hidden="true">
        <span className="brand__name">协作</span>
        <span className="brand__tagline">劳务协作平台</span>
      </p>
      {children}
    </div>
  );
}
