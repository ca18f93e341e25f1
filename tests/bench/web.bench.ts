// `pnpm bench web`: the public job board (/jobs) on a phone's network. Builds the web app into
// a folder of its own under .tmp, starts the platform with the demo data on loopback
// (support/web-bench-server.ts), and opens /jobs in Debian's Chromium, a fresh browser context
// (empty cache) per visit, throttled through CDP with the DevTools presets
// (support/network-presets.ts): unthrottled, Fast 3G, Slow 3G. Each visit measures the time to
// the first job card and the encoded bytes and requests until then. Baseline in the same run,
// visit for visit: the same page with the browser sending `Accept-Encoding: identity`, so the
// server compresses nothing (what it did before). BENCH_WEB_RUNS (default 3) visits per cell,
// the median reported; BENCH_WEB_BUILD=0 serves apps/web/dist as it is; BENCH_WEB_WRITE=0
// leaves BENCHMARKS.md alone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { launchChromium } from "../support/browser.ts";
import { buildWebAppInto } from "../support/web-build.ts";
import { withDeadline } from "./bench-database.ts";
import { visitJobBoard } from "./support/first-card.ts";
import { measureInitialAssets } from "./support/initial-assets.ts";
import { FAST_3G, type NetworkPreset, SLOW_3G, UNTHROTTLED } from "./support/network-presets.ts";
import { type Cell, kib, reportLines, seconds } from "./support/web-bench-report.ts";
import { startWebBenchServer, WEB_DIST_DIR } from "./support/web-bench-server.ts";
import { writeBenchmarkSection } from "./support/write-benchmarks.ts";

const RUNS = Math.max(1, Math.min(9, Number(process.env.BENCH_WEB_RUNS ?? 3)));
const VISIT_TIMEOUT_MS = 90_000;
const PRESETS: NetworkPreset[] = [UNTHROTTLED, FAST_3G, SLOW_3G];

async function measure(browser: Browser, url: string): Promise<Cell[]> {
  const cells: Cell[] = [];
  for (const preset of PRESETS) {
    const compressed: Cell = { preset, identityOnly: false, visits: [] };
    const identity: Cell = { preset, identityOnly: true, visits: [] };
    // One warm-up visit per network, not counted (server caches, Chromium's first start).
    await visitJobBoard(browser, url, { preset, identityOnly: false, timeoutMs: VISIT_TIMEOUT_MS });
    for (let run = 0; run < RUNS; run += 1) {
      for (const cell of [compressed, identity]) {
        const figures = await visitJobBoard(browser, url, { preset, identityOnly: cell.identityOnly, timeoutMs: VISIT_TIMEOUT_MS });
        cell.visits.push(figures);
        console.log(
          `  ${preset.name.padEnd(11)} ${cell.identityOnly ? "identity  " : "compressed"}  ${seconds(figures.firstCardMs)}  ${kib(figures.bytes)}  ${figures.requests} requests`,
        );
      }
    }
    cells.push(compressed, identity);
  }
  return cells;
}

async function main() {
  const ownBuild = process.env.BENCH_WEB_BUILD !== "0";
  if (ownBuild) console.log("Building the web app…");
  const distDir = ownBuild ? fs.mkdtempSync(path.join(PROJECT_ROOT, ".tmp", "bench-web-dist-")) : WEB_DIST_DIR;
  if (ownBuild) buildWebAppInto(distDir);
  const initial = measureInitialAssets(distDir);
  console.log("Starting the platform with the demo data…");
  const server = await startWebBenchServer(distDir);
  let browser: Browser | null = null;
  const cleanUp = async () => {
    await browser?.close().catch(() => {});
    await server.stop();
    if (ownBuild) fs.rmSync(distDir, { recursive: true, force: true });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

  try {
    browser = await launchChromium();
    const load1 = os.loadavg()[0]!;
    console.log(`Visiting ${server.baseUrl}/jobs, ${RUNS} visits per network and encoding (after one warm-up):`);
    const cells = await withDeadline(measure(browser, `${server.baseUrl}/jobs`), 15 * 60_000, "the job board visits");
    const load2 = os.loadavg()[0]!;

    const lines = reportLines(cells, { runs: RUNS, initial, loads: [load1, load2], cores: os.cpus().length });
    console.log(`\n${lines.join("\n")}`);
    if (process.env.BENCH_WEB_WRITE !== "0") writeBenchmarkSection("Job board on a phone's network (web)", lines);
  } finally {
    await cleanUp();
  }
}

// Ends by itself even if a library leaves a handle open.
await main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
