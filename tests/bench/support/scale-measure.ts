// Measuring `pnpm bench scale`: each probe is a request through the real API and a baseline
// timed the same way in the same run (a bare primary-key GET through the same stack for pages
// and lookups, a plain SELECT count(*) over the same rows on a pg client for aggregates),
// sequential and interleaved (measureInterleaved), after a warm-up.
import os from "node:os";
import { type LatencySummary, measureInterleaved, summarize } from "./latency.ts";

export type ProbeKind = "page" | "aggregate" | "roster";

/** Targets of issue 15: list and lookup pages ≤ 200 ms p95, coverage and ledger ≤ 500 ms, roster ≤ 10 s. */
export const TARGET_MS: Record<ProbeKind, number> = { page: 200, aggregate: 500, roster: 10_000 };

export interface Probe {
  name: string;
  kind: ProbeKind;
  baselineName: string;
  /** Called with the sample's number (0 … rounds-1), so lookups can vary what they ask for. */
  run: (i: number) => Promise<unknown>;
  baseline: (i: number) => Promise<unknown>;
  rounds: number;
  warmup: number;
}

export interface ProbeResult {
  probe: Probe;
  api: LatencySummary;
  base: LatencySummary;
  load: number;
}

export async function runProbe(probe: Probe): Promise<ProbeResult> {
  for (let i = 0; i < probe.warmup; i++) {
    await probe.run(probe.rounds + i);
    await probe.baseline(probe.rounds + i);
  }
  const samples = Array.from({ length: probe.rounds }, (_, i) => i);
  const { a, b } = await measureInterleaved(samples, { a: probe.run, b: probe.baseline }, { rounds: 1, warmup: 0 });
  const result = { probe, api: summarize(a), base: summarize(b), load: os.loadavg()[0]! };
  const target = TARGET_MS[probe.kind];
  console.log(
    `  ${probe.name}: p50 ${fmt(result.api.p50)}, p95 ${fmt(result.api.p95)} (baseline p95 ${fmt(result.base.p95)}; target ≤ ${fmt(target)}: ${result.api.p95 <= target ? "met" : "MISSED"})`,
  );
  return result;
}

export const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

export function resultTable(results: readonly ProbeResult[]): string[] {
  return [
    "| request | n | p50 | p95 | baseline | baseline p50 | baseline p95 | p95 ÷ baseline p95 | target p95 | met |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...results.map(({ probe, api, base }) => {
      const target = TARGET_MS[probe.kind];
      return `| ${probe.name} | ${api.samples} | ${fmt(api.p50)} | ${fmt(api.p95)} | ${probe.baselineName} | ${fmt(base.p50)} | ${fmt(base.p95)} | ${(api.p95 / base.p95).toFixed(1)}× | ≤ ${fmt(target)} | ${api.p95 <= target ? "yes" : "**no**"} |`;
    }),
  ];
}

/** A signed-in HTTP client of the API: GET/POST answering the parsed JSON, any other status throws. */
export function apiClient(base: string, cookie: string) {
  const call = async (method: string, path: string, expected: number, body?: unknown) => {
    const res = await fetch(new URL(path, base), {
      method,
      headers: body === undefined ? { cookie } : { cookie, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  return {
    get: (path: string) => call("GET", path, 200),
    post: (path: string, body: unknown, expected = 200) => call("POST", path, expected, body),
  };
}
