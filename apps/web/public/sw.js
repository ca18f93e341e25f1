// Xiezuo's service worker: keeps the app shell (HTML, scripts, styles) so a seeker's page,
// with the QR badge saved on the phone, opens again without signal at the fair ground.
// Network first: online, everything is exactly what the server sends; the cache is only
// the fallback. API calls, live sockets and other origins are never touched or stored.
const CACHE = "xiezuo-shell-v1";
/** Navigations are all the same index.html: one entry, whatever the path. */
const SHELL_KEY = "/";
/** Hashed assets pile up over deployments: keep the newest ones only. */
const MAX_ENTRIES = 80;

self.addEventListener("install", (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("xiezuo-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The page lists what it loaded before this worker took control (the first visit).
self.addEventListener("message", (event) => {
  const data = event.data;
  if (data?.type !== "cache-urls" || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((url) => typeof url === "string" && isShellUrl(new URL(url, self.location.origin)));
  event.waitUntil(cacheMissing(urls));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (!isShellUrl(url)) return;
  event.respondWith(networkFirst(request));
});

/** Same origin, and not the API or the live channel. */
function isShellUrl(url) {
  if (url.origin !== self.location.origin) return false;
  return !(url.pathname.startsWith("/api/") || url.pathname === "/api" || url.pathname.startsWith("/socket.io"));
}

async function networkFirst(request) {
  const key = request.mode === "navigate" ? SHELL_KEY : request;
  try {
    const response = await fetch(request);
    if (isCacheable(response) && (key !== SHELL_KEY || isHtml(response))) {
      const copy = response.clone();
      caches
        .open(CACHE)
        .then((cache) => cache.put(key, copy))
        .then(trimCache)
        .catch(() => {});
    }
    return response;
  } catch (error) {
    const cached = await caches.match(key, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

/** A plain same-origin answer: a redirect cannot stand in for a navigation when replayed. */
function isCacheable(response) {
  return response.ok && response.type === "basic" && !response.redirected && !isNoStore(response);
}

function isHtml(response) {
  return (response.headers.get("Content-Type") || "").includes("text/html");
}

function isNoStore(response) {
  return (response.headers.get("Cache-Control") || "").includes("no-store");
}

/** index.html and the scripts and styles it names, so the first visit already works offline. */
async function precacheShell() {
  try {
    const response = await fetch(SHELL_KEY, { cache: "no-cache" });
    if (!isCacheable(response) || !isHtml(response)) return;
    const html = await response.clone().text();
    const cache = await caches.open(CACHE);
    await cache.put(SHELL_KEY, response);
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
    await cacheMissing(assets);
  } catch {
    // Offline while installing: the fetch handler fills the cache later.
  }
}

async function cacheMissing(urls) {
  const cache = await caches.open(CACHE);
  for (const url of urls) {
    if (await cache.match(url)) continue;
    try {
      const response = await fetch(url);
      if (isCacheable(response)) await cache.put(url, response);
    } catch {
      // Try again on the next visit.
    }
  }
  await trimCache();
}

async function trimCache() {
  const cache = await caches.open(CACHE);
  const keys = await cache.keys();
  const excess = keys.filter((request) => new URL(request.url).pathname !== SHELL_KEY).slice(0, Math.max(0, keys.length - MAX_ENTRIES));
  await Promise.all(excess.map((request) => cache.delete(request)));
}
