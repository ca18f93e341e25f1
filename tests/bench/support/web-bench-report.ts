// The figures of `pnpm bench web`: medians per network and encoding, and the lines written
// to BENCHMARKS.md.
import path from "node:path";
import type { VisitFigures } from "./first-card.ts";
import type { InitialAssets } from "./initial-assets.ts";
import { FAST_3G, type NetworkPreset } from "./network-presets.ts";

export interface Cell {
  preset: NetworkPreset;
  /** The baseline: the browser asked for `Accept-Encoding: identity`. */
  identityOnly: boolean;
  visits: VisitFigures[];
}

export const BUDGET_FAST_3G_MS = 2_500;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function summarise(cell: Cell) {
  const times = cell.visits.map((v) => v.firstCardMs);
  return {
    ...cell,
    time: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    bytes: median(cell.visits.map((v) => v.bytes)),
    requests: median(cell.visits.map((v) => v.requests)),
  };
}

export function reportLines(cells: Cell[], context: { runs: number; initial: InitialAssets; loads: [number, number]; cores: number }) {
  const rows = cells.map(summarise);
  const find = (preset: NetworkPreset, identityOnly: boolean) => rows.find((r) => r.preset === preset && r.identityOnly === identityOnly)!;
  const presets = [...new Set(rows.map((r) => r.preset))];
  const ratios = presets.map((preset) => {
    const on = find(preset, false);
    const off = find(preset, true);
    return `${preset.name} ${(off.time / on.time).toFixed(2)}× sooner with ${(off.bytes / on.bytes).toFixed(2)}× fewer bytes`;
  });
  const fast = find(FAST_3G, false);
  const { initial } = context;
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench web\` (BENCH_WEB_RUNS to change the visits per cell).`,
    "",
    `/jobs with the Guzhang demo data, served by one API process on loopback (web app built by the bench, same origin), opened in Debian's Chromium (playwright-core, phone viewport 390×844), a fresh browser context (empty cache) per visit, throttled through CDP \`Network.emulateNetworkConditions\` with the DevTools presets: Fast 3G = 562.5 ms latency, 180,000 B/s (1.44 Mbit/s) down, 84,375 B/s (675 kbit/s) up; Slow 3G = 2,000 ms, 50,000 B/s (400 kbit/s) both ways (DevTools' NetworkManager.ts, as Puppeteer's PredefinedNetworkConditions copies them; newer DevTools call Fast 3G "Slow 4G"). No CPU throttling. Time: navigation start to the first job card's title in the DOM. Bytes: encoded bytes (headers included) of the requests finished by then. Baseline in the same run, visit for visit: the browser sends \`Accept-Encoding: identity\`, so nothing is compressed (code splitting and the search preload stay). Medians of ${context.runs} visits, after one warm-up visit per network.`,
    "",
    "| network | encoding | first job card (median) | min–max | transferred | requests |",
    "|---|---|---|---|---|---|",
    ...rows.map((r) => {
      const time = r === fast ? `**${seconds(r.time)}**` : seconds(r.time);
      const encoding = r.identityOnly ? "identity (baseline)" : "br / gzip";
      return `| ${r.preset.name} | ${encoding} | ${time} | ${seconds(r.min)}–${seconds(r.max)} | ${kib(r.bytes)} | ${r.requests} |`;
    }),
    "",
    `**Fast 3G: first job card in ${seconds(fast.time)} (budget ${seconds(BUDGET_FAST_3G_MS)}: ${fast.time <= BUDGET_FAST_3G_MS ? "met" : "MISSED"}).** Compressed vs identity: ${ratios.join("; ")}.`,
    `What index.html names (${initial.files.map((f) => path.basename(f)).join(", ")}): ${kib(initial.raw)} raw${initial.brotli === null ? "" : `, ${kib(initial.brotli)} brotli`}${initial.gzip === null ? "" : `, ${kib(initial.gzip)} gzip`}. Machine load (1-min) ${context.loads[0].toFixed(1)} → ${context.loads[1].toFixed(1)} on ${context.cores} cores.`,
  ];
}
