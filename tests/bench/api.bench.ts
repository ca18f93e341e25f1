// `pnpm bench api`: the hot reads under load (autocannon, 10 keep-alive connections) against
// one API process as production runs it (createApp + Socket.IO, request logs at info to a
// sink), with the Guzhang demo data (35 employers, 182 positions, 936 check-ins, 290
// intents) in an embedded PostgreSQL 17 and the positions indexed in Meilisearch:
//   GET /api/positions/:id, GET /api/fairs/:id/stats (signed in as ADMIN),
//   GET /api/search/positions?q=…
// Baseline in the same process and run: a bare handler doing the primary-key SELECT of the
// same row (positions, fairs) by raw pg, row sent as JSON, nothing else. Bare and API runs
// alternate (bare, api, api, bare), each ≤ 10 s (BENCH_API_SECONDS, default 4).
// BENCH_PROFILE_DIR=dir saves a CPU profile of the API process during each endpoint's first API run.
import { type ChildProcess, fork } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { startEmbeddedMeilisearch } from "../../apps/api/src/infra/embedded-meilisearch.ts";
import { createFieldCrypto, generateMasterKey } from "../../apps/api/src/lib/field-crypto.ts";
import { createLogger } from "../../apps/api/src/lib/logger.ts";
import { hashPassword } from "../../apps/api/src/lib/password.ts";
import { sealIdentity } from "../../apps/api/src/lib/personal-data.ts";
import { createPrismaClient } from "../../apps/api/src/lib/prisma.ts";
import { createSearchClient } from "../../apps/api/src/lib/search-client.ts";
import { createPositionIndex, DEFAULT_INDEX_UID } from "../../apps/api/src/modules/search/index.ts";
import { createSearchSync } from "../../apps/api/src/runtime/search-sync.ts";
import { DEMO_PASSWORD, GUZHANG_FAIR_ID, OPEN_FAIR_ID, seedDemo } from "../../prisma/seed/seed-demo.ts";
import { formatRate, startBenchDatabase, withDeadline } from "./bench-database.ts";
import { combine, type LoadFigures, measureLoad } from "./support/api-bench-load.ts";
import { writeBenchmarkSection } from "./support/write-benchmarks.ts";

const SECONDS = Math.min(10, Number(process.env.BENCH_API_SECONDS ?? 4));
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 10);
const API_PROCESS = path.join(PROJECT_ROOT, "tests/bench/support/bench-api-process.ts");
const QUERIES = ["焊工", "普工", "包吃住", "济南 焊工", "保安", "电工", "服务员", "长沙 普工"];

interface Endpoint {
  name: string;
  baseline: string;
  api: string[];
  bare: string[];
  signedIn: boolean;
}

function startApi(env: Record<string, string>): { child: ChildProcess; ready: Promise<{ port: number }> } {
  const child = fork(API_PROCESS, [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const ready = new Promise<{ port: number }>((resolve, reject) => {
    child.on("message", (m: { ready?: boolean; port?: number }) => m.ready && resolve({ port: m.port! }));
    child.once("exit", (code) => reject(new Error(`API process exited with ${code}`)));
  });
  return { child, ready };
}

function saveProfile(child: ChildProcess, file: string): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (m: { profileSaved?: string }) => {
      if (!m.profileSaved) return;
      child.off("message", onMessage);
      resolve();
    };
    child.on("message", onMessage);
    child.send({ profileSave: file });
  });
}

async function main() {
  const database = await startBenchDatabase("api");
  const meiliDir = fs.mkdtempSync(path.join(PROJECT_ROOT, ".tmp", "bench-api-meili-"));
  const meili = await startEmbeddedMeilisearch({ dir: meiliDir, masterKey: crypto.randomBytes(16).toString("hex") });
  const masterKey = generateMasterKey();
  const fieldCrypto = createFieldCrypto(masterKey);
  const db = createPrismaClient(database.url, { poolSize: 4 });
  let child: ChildProcess | null = null;
  const cleanUp = async () => {
    child?.kill("SIGTERM");
    await db.$disconnect().catch(() => {});
    await meili.stop();
    fs.rmSync(meiliDir, { recursive: true, force: true });
    await database.stop();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

  try {
    await seedDemo(db, { sealIdentity: (input) => sealIdentity(fieldCrypto, input), hashPassword });
    const search = createSearchClient(meili.url, meili.masterKey);
    const sync = createSearchSync({
      db,
      search,
      index: createPositionIndex(search, { uid: DEFAULT_INDEX_UID }),
      logger: createLogger("warn"),
    });
    await withDeadline(sync.catchUpOnStart(), 120_000, "indexing the demo positions");
    await sync.stop();
    const positionIds = (await db.position.findMany({ where: { status: "OPEN" }, select: { id: true } })).map((p) => p.id);

    const api = startApi({
      DATABASE_URL: database.url,
      DATA_ENCRYPTION_KEY: masterKey,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      BARE_READS: "1",
      LOG_LEVEL: "info",
    });
    child = api.child;
    const { port } = await withDeadline(api.ready, 60_000, "API process start");
    const baseUrl = `http://127.0.0.1:${port}`;
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "admin", password: DEMO_PASSWORD }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(";")[0]!;

    const fairIds = [GUZHANG_FAIR_ID, OPEN_FAIR_ID];
    const endpoints: Endpoint[] = [
      {
        name: "GET /api/positions/:id",
        baseline: "SELECT * FROM positions WHERE id = $1",
        api: positionIds.map((id) => `/api/positions/${id}`),
        bare: positionIds.map((id) => `/bare/positions/${id}`),
        signedIn: false,
      },
      {
        name: "GET /api/fairs/:id/stats (ADMIN)",
        baseline: "SELECT * FROM fairs WHERE id = $1",
        api: fairIds.map((id) => `/api/fairs/${id}/stats`),
        bare: fairIds.map((id) => `/bare/fairs/${id}`),
        signedIn: true,
      },
      {
        name: "GET /api/search/positions?q=…",
        baseline: "SELECT * FROM positions WHERE id = $1",
        api: QUERIES.map((q) => `/api/search/positions?${new URLSearchParams({ q, limit: "20" })}`),
        bare: positionIds.map((id) => `/bare/positions/${id}`),
        signedIn: false,
      },
    ];

    const profileDir = process.env.BENCH_PROFILE_DIR;
    if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
    const rows: { endpoint: Endpoint; api: LoadFigures; bare: LoadFigures }[] = [];
    const loadBefore = os.loadavg()[0]!;
    for (const [i, endpoint] of endpoints.entries()) {
      const run = async (kind: "api" | "bare", seconds: number) =>
        measureLoad({
          child: api.child,
          baseUrl,
          paths: endpoint[kind],
          headers: kind === "api" && endpoint.signedIn ? { cookie } : undefined,
          seconds,
          connections: CONNECTIONS,
        });
      await run("bare", 1);
      await run("api", 1);
      const bare1 = await run("bare", SECONDS);
      if (profileDir) api.child.send({ profileStart: true });
      const api1 = await run("api", SECONDS);
      if (profileDir) await saveProfile(api.child, path.join(profileDir, `api-${i}.cpuprofile`));
      const api2 = await run("api", SECONDS);
      const bare2 = await run("bare", SECONDS);
      const figures = { endpoint, api: combine([api1, api2]), bare: combine([bare1, bare2]) };
      if (figures.api.non2xx + figures.api.errors + figures.bare.non2xx + figures.bare.errors > 0) {
        throw new Error(`${endpoint.name}: non-2xx or errors ${JSON.stringify(figures)}`);
      }
      rows.push(figures);
      console.log(
        `${endpoint.name}: ${formatRate(figures.api.rps)} req/s vs bare ${formatRate(figures.bare.rps)} → ${(figures.api.rps / figures.bare.rps).toFixed(2)}`,
      );
    }
    const loadAfter = os.loadavg()[0]!;

    const lines = [
      `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench api\` (BENCH_API_SECONDS, BENCH_API_CONNECTIONS to change the runs; BENCH_PROFILE_DIR=dir saves CPU profiles).`,
      "",
      `One API process as production runs it (createApp + Socket.IO on the PostgreSQL adapter, pools of 10, request logs at info to a sink) on an embedded PostgreSQL 17 (fsync off) with the Guzhang demo data, positions indexed in Meilisearch; autocannon with ${CONNECTIONS} keep-alive connections from another process, cycling through ${positionIds.length} position ids, 2 fairs, ${QUERIES.length} queries. Baseline in the same process and run: a bare handler doing the primary-key SELECT of the same table by raw pg, the row sent as JSON (no session, validation, response schema, logging or helmet). Runs alternate bare, API, API, bare, ${SECONDS} s each after 1 s warm-ups; figures are the means.`,
      "",
      "| endpoint | req/s | p50 / p99 | API CPU per request | baseline | baseline req/s | **ratio req/s** | ratio CPU |",
      "|---|---|---|---|---|---|---|---|",
      ...rows.map(
        ({ endpoint, api: a, bare: b }) =>
          `| ${endpoint.name} | ${formatRate(a.rps)} | ${a.p50} / ${a.p99} ms | ${Math.round(a.cpuPerRequestUs)} µs | \`${endpoint.baseline}\` | ${formatRate(b.rps)} | **${(a.rps / b.rps).toFixed(2)}** | ${(b.cpuPerRequestUs / a.cpuPerRequestUs).toFixed(2)} |`,
      ),
      "",
      `Ratio req/s = API ÷ bare; ratio CPU = bare CPU per request ÷ API CPU per request (1 = as fast / as cheap as the bare read). Machine load (1-min) ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${os.cpus().length} cores.`,
    ];
    console.log(`\n${lines.join("\n")}`);
    // BENCH_API_WRITE=0 keeps BENCHMARKS.md as it is (e.g. for a before/after comparison).
    if (process.env.BENCH_API_WRITE !== "0") writeBenchmarkSection("API hot reads (issue 6)", lines);
  } finally {
    await cleanUp();
  }
}

await main();
