/** Where the built app serves its service worker (apps/web/public/sw.js). */
const SCRIPT_URL = "/sw.js";

/**
 * Registers the app-shell service worker in the built app only. Under the Vite dev server
 * (modules served on the fly, hot reload) a cache in between would only get in the way, so
 * there a worker left over from a built copy on the same origin is removed instead.
 */
export function setUpServiceWorker(isProduction: boolean): void {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return;
  const container = navigator.serviceWorker;
  if (!isProduction) {
    void container
      .getRegistrations()
      .then((registrations) =>
        Promise.all(registrations.filter((r) => r.active?.scriptURL.endsWith(SCRIPT_URL)).map((r) => r.unregister())),
      )
      .catch(() => undefined);
    return;
  }
  const register = () => {
    container
      .register(SCRIPT_URL, { scope: "/" })
      .then(() => container.ready)
      .then((registration) => {
        // Scripts and styles loaded before the worker took over: it keeps them for offline use.
        const isAsset = (name: string) => name.startsWith(`${window.location.origin}/assets/`);
        const send = (urls: string[]) => {
          if (urls.length > 0) registration.active?.postMessage({ type: "cache-urls", urls });
        };
        send(
          performance
            .getEntriesByType("resource")
            .map((entry) => entry.name)
            .filter(isAsset),
        );
        // A page split out of the entry (the desk, the booth) may load before this page is
        // under the worker's control: tell the worker about those too, as they arrive.
        if (!container.controller && typeof PerformanceObserver !== "undefined") {
          const observer = new PerformanceObserver((list) =>
            send(
              list
                .getEntries()
                .map((entry) => entry.name)
                .filter(isAsset),
            ),
          );
          observer.observe({ type: "resource" });
          container.addEventListener("controllerchange", () => observer.disconnect(), { once: true });
        }
      })
      .catch(() => {
        // No worker (private mode, old browser): everything works online as before.
      });
  };
  // After the page has loaded, so the worker's own downloads do not slow the first screen.
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
