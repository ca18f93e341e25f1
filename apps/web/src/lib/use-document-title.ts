import { useEffect } from "react";

const APP_TITLE = "协作 · 劳务协作平台";

/** Sets the tab title so screen-reader users and people with many tabs know where they are. */
export function useDocumentTitle(pageTitle: string | null): void {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${APP_TITLE}` : APP_TITLE;
  }, [pageTitle]);
}
