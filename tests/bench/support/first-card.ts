// One visit of the job board in a fresh browser context (empty cache, no service worker
// yet): how long until the first job card is in the page, and what crossed the network
// until then, as DevTools counts it (encoded bytes, headers included).
import type { Browser } from "playwright-core";
import type { NetworkPreset } from "./network-presets.ts";

export interface VisitFigures {
  /** From navigation start to the first card's title in the DOM, in ms. */
  firstCardMs: number;
  /** Encoded bytes of the requests finished by then (what a phone's data plan pays). */
  bytes: number;
  requests: number;
}

const FIRST_CARD = ".job-card__title";
const PHONE = { width: 390, height: 844 };

// Runs in the page before its own scripts and notes when the first card appears. Plain
// text, not a function: tsx would wrap a function's inner names in a helper the page lacks.
const WATCH_FOR_FIRST_CARD = `
  new MutationObserver((_, observer) => {
    if (window.__firstCardAt === undefined && document.querySelector(${JSON.stringify(FIRST_CARD)})) {
      window.__firstCardAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

export async function visitJobBoard(
  browser: Browser,
  url: string,
  options: { preset: NetworkPreset; identityOnly: boolean; timeoutMs: number },
): Promise<VisitFigures> {
  const context = await browser.newContext({ viewport: PHONE, locale: "zh-CN" });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: WATCH_FOR_FIRST_CARD });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    if (options.preset.conditions) {
      await cdp.send("Network.emulateNetworkConditions", { offline: false, ...options.preset.conditions });
    }
    // The "before" column: the browser asks for no compression, so the server sends every byte.
    if (options.identityOnly) await cdp.send("Network.setExtraHTTPHeaders", { headers: { "Accept-Encoding": "identity" } });

    const finished = new Map<string, number>();
    let responses = 0;
    cdp.on("Network.responseReceived", () => {
      responses += 1;
    });
    cdp.on("Network.loadingFinished", (event) => {
      finished.set(event.requestId, event.encodedDataLength);
    });

    await page.goto(url, { waitUntil: "commit", timeout: options.timeoutMs });
    const handle = await page.waitForFunction(() => (window as unknown as { __firstCardAt?: number }).__firstCardAt, undefined, {
      timeout: options.timeoutMs,
      polling: 50,
    });
    const firstCardMs = Number(await handle.jsonValue());
    let bytes = 0;
    for (const length of finished.values()) bytes += length;
    await cdp.detach().catch(() => {});
    return { firstCardMs, bytes, requests: responses };
  } finally {
    await context.close();
  }
}
