export const DEFAULT_PAGE = "/fairs";

/** What RequireAuth puts in the router state when it sends someone to sign in. */
export interface LoginRedirectState {
  from?: { pathname?: unknown; search?: unknown; hash?: unknown };
}

/**
 * The in-app page to return to after signing in. Only a path on this site is accepted
 * ("//host" or "https://…" would leave it), and never the login page itself.
 */
export function getRedirectTarget(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  if (!from || typeof from.pathname !== "string") return DEFAULT_PAGE;
  const { pathname } = from;
  if (!pathname.startsWith("/") || pathname.startsWith("//") || pathname.includes("\\")) return DEFAULT_PAGE;
  if (pathname === "/login" || pathname === "/") return DEFAULT_PAGE;
  const search = typeof from.search === "string" && from.search.startsWith("?") ? from.search : "";
  const hash = typeof from.hash === "string" && from.hash.startsWith("#") ? from.hash : "";
  return `${pathname}${search}${hash}`;
}
