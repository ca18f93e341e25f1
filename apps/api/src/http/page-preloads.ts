// Preload hints for pages whose first API request is known from the URL alone. Sent as a
// Link header with index.html, they let the browser start that request in parallel with the
// app's script instead of after it: on Fast 3G one round trip (≈ 0.6 s) sooner on screen.
import { JOB_BOARD_FIRST_SEARCH } from "@xiezuo/contracts";

/** `crossorigin` makes the preload a CORS fetch with same-origin credentials, as fetch() is. */
const asFetch = (url: string) => `<${url}>; rel=preload; as=fetch; crossorigin`;

/** The Link header for a page of the web app, or null. `url` is the path with its query. */
export function preloadLinkFor(url: string): string | null {
  // With filters in the query the first search is another one: nothing to guess.
  if (url === "/jobs" || url === "/jobs/") return asFetch(JOB_BOARD_FIRST_SEARCH);
  return null;
}
