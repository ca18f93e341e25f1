// A throwaway, migrated PostgreSQL for a benchmark run, in a temp folder under .tmp.
// fsync is off: commits cost less, which makes app overhead (and any ratio against a
// bare INSERT) show more, not less. Set BENCH_DURABLE=1 for PostgreSQL's defaults.
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { startEmbeddedPostgres } from "../../apps/api/src/infra/embedded-postgres.ts";
import { migrateDeploy } from "../../apps/api/src/runtime/migrate.ts";

export interface BenchDatabase {
  url: string;
  durable: boolean;
  stop(): Promise<void>;
}

export async function startBenchDatabase(name: string): Promise<BenchDatabase> {
  const base = path.join(PROJECT_ROOT, ".tmp");
  fs.mkdirSync(base, { recursive: true });
  const dir = fs.mkdtempSync(path.join(base, `bench-${name}-`));
  fs.chmodSync(dir, 0o755);
  const durable = process.env.BENCH_DURABLE === "1";
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, "postgres"), database: "bench", fast: !durable });
  try {
    await migrateDeploy(pg.url);
  } catch (error) {
    await pg.stop();
    throw error;
  }
  return {
    url: pg.url,
    durable,
    async stop() {
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const formatRate = (n: number) => Math.round(n).toLocaleString("en-US");

/** Rejects when `work` takes longer than `ms`: a benchmark must end. */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
