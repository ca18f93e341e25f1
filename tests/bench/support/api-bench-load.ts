// Load for `pnpm bench api`: autocannon against one API process (a child, so the load
// generator and the server do not share an event loop), with the process's CPU time read
// over IPC around each run.
import type { ChildProcess } from "node:child_process";
import autocannon from "autocannon";

export interface LoadFigures {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** API process CPU (user + system) per request, µs. */
  cpuPerRequestUs: number;
  /** PostgreSQL's CPU (every backend) per request, µs; null where it cannot be read. */
  dbCpuPerRequestUs: number | null;
  non2xx: number;
  errors: number;
}

export function readCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (m: { cpu?: NodeJS.CpuUsage }) => {
      if (!m.cpu) return;
      child.off("message", onMessage);
      resolve(m.cpu.user + m.cpu.system);
    };
    child.on("message", onMessage);
    child.send({ cpu: true });
  });
}

/** Runs autocannon for `seconds` (at most 10), cycling through `paths`. */
export async function measureLoad(input: {
  child: ChildProcess;
  baseUrl: string;
  paths: readonly string[];
  headers?: Record<string, string>;
  seconds: number;
  connections: number;
  /** The database's CPU time so far (µs), when it can be read (api-bench-db-cpu.ts). */
  dbCpu?: (() => number) | null;
}): Promise<LoadFigures> {
  if (input.seconds > 10) throw new Error("a measurement is bounded to 10 s");
  let next = 0;
  const dbCpuBefore = input.dbCpu?.();
  const cpuBefore = await readCpu(input.child);
  const result = await autocannon({
    url: input.baseUrl,
    connections: input.connections,
    duration: input.seconds,
    headers: input.headers,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: input.paths[next++ % input.paths.length]! }),
      },
    ],
  });
  const cpuAfter = await readCpu(input.child);
  const dbCpuAfter = input.dbCpu?.();
  const requests = result.requests.total;
  return {
    requests,
    rps: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuPerRequestUs: (cpuAfter - cpuBefore) / Math.max(1, requests),
    dbCpuPerRequestUs: dbCpuBefore === undefined || dbCpuAfter === undefined ? null : (dbCpuAfter - dbCpuBefore) / Math.max(1, requests),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Means of several runs of one contender. */
export function combine(runs: readonly LoadFigures[]): LoadFigures {
  const mean = (pick: (f: LoadFigures) => number) => runs.reduce((s, f) => s + pick(f), 0) / runs.length;
  return {
    requests: runs.reduce((s, f) => s + f.requests, 0),
    rps: mean((f) => f.rps),
    p50: mean((f) => f.p50),
    p99: mean((f) => f.p99),
    cpuPerRequestUs: mean((f) => f.cpuPerRequestUs),
    dbCpuPerRequestUs: runs.every((f) => f.dbCpuPerRequestUs !== null) ? mean((f) => f.dbCpuPerRequestUs!) : null,
    non2xx: runs.reduce((s, f) => s + f.non2xx, 0),
    errors: runs.reduce((s, f) => s + f.errors, 0),
  };
}
