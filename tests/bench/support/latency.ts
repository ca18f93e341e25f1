// Latency sampling for benchmarks: sequential requests, two contenders interleaved so a
// burst of background load hits both alike.

export interface LatencySummary {
  samples: number;
  p50: number;
  p95: number;
  mean: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length),
  };
}

async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/**
 * Runs every query through both contenders, `rounds` times after `warmup` rounds,
 * alternating which goes first. Returns milliseconds per request for each.
 */
export async function measureInterleaved<Q>(
  queries: readonly Q[],
  contenders: { a: (q: Q) => Promise<unknown>; b: (q: Q) => Promise<unknown> },
  options: { rounds: number; warmup: number },
): Promise<{ a: number[]; b: number[] }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    for (const [i, query] of queries.entries()) {
      const aFirst = (round + i) % 2 === 0;
      const first = await timeOnce(() => (aFirst ? contenders.a(query) : contenders.b(query)));
      const second = await timeOnce(() => (aFirst ? contenders.b(query) : contenders.a(query)));
      if (round < options.warmup) continue;
      a.push(aFirst ? first : second);
      b.push(aFirst ? second : first);
    }
  }
  return { a, b };
}
