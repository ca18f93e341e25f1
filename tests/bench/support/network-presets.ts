// The network presets of Chrome DevTools, as CDP's Network.emulateNetworkConditions takes
// them (throughput in bytes per second, latency in ms per request). The figures are
// DevTools' own (front_end/core/sdk/NetworkManager.ts, copied by Puppeteer's
// PredefinedNetworkConditions): a nominal rate scaled down by DevTools' calibration
// factor, and the round trip multiplied. Newer DevTools show "Fast 3G" as "Slow 4G"
// (same numbers, crbug.com/342406608).
export interface NetworkPreset {
  name: string;
  /** null: no throttling at all. */
  conditions: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

export const UNTHROTTLED: NetworkPreset = { name: "unthrottled", conditions: null };

/** 562.5 ms, 1.44 Mbit/s down (180,000 B/s), 675 kbit/s up (84,375 B/s). */
export const FAST_3G: NetworkPreset = {
  name: "Fast 3G",
  conditions: { latency: 150 * 3.75, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9 },
};

/** 2,000 ms, 400 kbit/s down and up (50,000 B/s). */
export const SLOW_3G: NetworkPreset = {
  name: "Slow 3G",
  conditions: { latency: 400 * 5, downloadThroughput: ((500 * 1000) / 8) * 0.8, uploadThroughput: ((500 * 1000) / 8) * 0.8 },
};
