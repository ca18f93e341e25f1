// `pnpm bench api`: the hot reads under load (autocannon, 10 keep-alive connections) against
// one API process as production runs it (createApp + Socket.IO, request logs at info to a
// sink), with the Guzhang demo data (35 employers, 182 positions, 936 check-ins, 290
// intents) in an embedded PostgreSQL 17 and the positions indexed in Meilisearch:
//   GET /api/positions/:id (anonymous; signed in as the platform's admin and as a bureau),
//   GET /api/fairs/:id/stats (signed in as the platform's admin and as bureaus: the fairs'
//   host and their partner city), GET /api/search/positions?q=…
// Baseline in the same process and run: a bare handler doing the primary-key SELECT of the
// same row (positions, fairs) by raw pg, row sent as JSON, nothing else. Bare and API runs
// alternate (bare, api, api, bare), each ≤ 10 s (BENCH_API_SECONDS, default 4); with several
// API contenders on one endpoint the API runs mirror (bare, A, B, B, A, bare), so a drift of
// the machine weighs alike on every contender and on the baseline, and the scoped ÷ admin
// ratio compares runs taken side by side.
// BENCH_PROFILE_DIR=dir saves a CPU profile of the API process during each contender's first run
// and the first bare run. BENCH_API_ONLY=stats,positions/:id measures only the endpoints whose name
// contains one of the words (BENCHMARKS.md is then left as it is).
import type { ChildProcess } from "node:child_process";
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
import { DEMO_PASSWORD, GUZHANG_FAIR_ID, OPEN_FAIR_ID, SPRING_FAIR_ID, seedDemo } from "../../prisma/seed/seed-demo.ts";
import { formatRate, startBenchDatabase, withDeadline } from "./bench-database.ts";
import { type ApiContender, type ContenderFigures, measureEndpoint, scopedVersusAdmin } from "./support/api-bench-contenders.ts";
import { postgresCpuReader } from "./support/api-bench-db-cpu.ts";
import type { LoadFigures } from "./support/api-bench-load.ts";
import { startBenchApi } from "./support/bench-api-child.ts";
import { writeBenchmarkSection } from "./support/write-benchmarks.ts";

const SECONDS = Math.min(10, Number(process.env.BENCH_API_SECONDS ?? 4));
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 10);
const QUERIES = ["焊工", "普工", "包吃住", "济南 焊工", "保安", "电工", "服务员", "长沙 普工"];

interface Endpoint {
  name: string;
  baseline: string;
  bare: string[];
  contenders: ApiContender[];
}

async function signIn(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie()[0]!.split(";")[0]!;
}

/** The bureau's user sees the same figures of a fair in its scope as the platform's admin (else the comparison is moot). */
async function assertSameStats(baseUrl: string, fairIds: readonly string[], admin: string, others: Record<string, string>) {
  for (const fairId of fairIds) {
    const read = async (cookie: string) => {
      const response = await fetch(`${baseUrl}/api/fairs/${fairId}/stats`, { headers: { cookie } });
      return `${response.status} ${await response.text()}`;
    };
    const expected = await read(admin);
    if (!expected.startsWith("200 ")) throw new Error(`fair stats of ${fairId} as admin: ${expected}`);
    for (const [username, cookie] of Object.entries(others)) {
      const got = await read(cookie);
      if (got !== expected) throw new Error(`fair stats of ${fairId} as ${username}: ${got}, admin: ${expected}`);
    }
  }
}

const cpuPair = (f: LoadFigures) =>
  `${Math.round(f.cpuPerRequestUs)} / ${f.dbCpuPerRequestUs === null ? "n/a" : Math.round(f.dbCpuPerRequestUs)} µs`;

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
    const startedAt = Date.now();
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

    const api = startBenchApi({
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
    // admin: the platform (no organisation, no scope condition). The bureaus' STAFF accounts
    // read the 古丈 fairs: guzhang hosts them (the condition's first branch), jinan is their
    // partner city (its last branch, the fair_partners lookup).
    const admin = await signIn(baseUrl, "admin");
    const guzhang = await signIn(baseUrl, "guzhang");
    const jinan = await signIn(baseUrl, "jinan");

    // Today's fairs (the 2017 fair and the open one, hosted in Jishou: out of 古丈's jurisdiction),
    // and the two 古丈 fairs every account here may read, for the scoped ÷ admin comparison.
    const todaysFairs = [GUZHANG_FAIR_ID, OPEN_FAIR_ID];
    const guzhangFairs = [GUZHANG_FAIR_ID, SPRING_FAIR_ID];
    await assertSameStats(baseUrl, guzhangFairs, admin, { guzhang, jinan });
    const stats = (ids: readonly string[]) => ids.map((id) => `/api/fairs/${id}/stats`);
    const positionPaths = positionIds.map((id) => `/api/positions/${id}`);
    const endpoints: Endpoint[] = [
      {
        name: "GET /api/positions/:id",
        baseline: "SELECT * FROM positions WHERE id = $1",
        bare: positionIds.map((id) => `/bare/positions/${id}`),
        contenders: [
          { who: "anonymous", paths: positionPaths },
          { who: "admin (platform)", paths: positionPaths, cookie: admin },
          { who: "guzhang (古丈县人社局 433126)", paths: positionPaths, cookie: guzhang, versus: "admin (platform)" },
        ],
      },
      {
        name: "GET /api/fairs/:id/stats",
        baseline: "SELECT * FROM fairs WHERE id = $1",
        bare: todaysFairs.map((id) => `/bare/fairs/${id}`),
        // In this order the runs are (bare, open, guzhang, admin, jinan, jinan, admin, guzhang,
        // open, bare): admin's runs stand between the scoped ones, as far from the middle as
        // theirs on average, so a machine that drifts in a hump or a trough (seen on the shared
        // 2 cores: whichever contender ran in the middle paid ≈ 5–10 % more CPU) favours neither.
        contenders: [
          { who: "admin (platform), 2017 + open fair", paths: stats(todaysFairs), cookie: admin },
          {
            who: "guzhang (host), 2017 + spring fair",
            paths: stats(guzhangFairs),
            cookie: guzhang,
            versus: "admin (platform), 2017 + spring fair",
          },
          { who: "admin (platform), 2017 + spring fair", paths: stats(guzhangFairs), cookie: admin },
          {
            who: "jinan (partner), 2017 + spring fair",
            paths: stats(guzhangFairs),
            cookie: jinan,
            versus: "admin (platform), 2017 + spring fair",
          },
        ],
      },
      {
        name: "GET /api/search/positions?q=…",
        baseline: "SELECT * FROM positions WHERE id = $1",
        bare: positionIds.map((id) => `/bare/positions/${id}`),
        contenders: [{ who: "anonymous", paths: QUERIES.map((q) => `/api/search/positions?${new URLSearchParams({ q, limit: "20" })}`) }],
      },
    ];

    const only = process.env.BENCH_API_ONLY?.split(",").filter(Boolean);
    if (only) endpoints.splice(0, endpoints.length, ...endpoints.filter((e) => only.some((word) => e.name.includes(word))));
    const profileDir = process.env.BENCH_PROFILE_DIR;
    if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
    const rows: { endpoint: Endpoint; figures: ContenderFigures[] }[] = [];
    const dbCpu = postgresCpuReader(database.url);
    const loadBefore = os.loadavg()[0]!;
    const measuringFrom = Date.now();
    for (const [i, endpoint] of endpoints.entries()) {
      const figures = await measureEndpoint({
        child: api.child,
        baseUrl,
        name: endpoint.name,
        bare: endpoint.bare,
        contenders: endpoint.contenders,
        seconds: SECONDS,
        connections: CONNECTIONS,
        dbCpu,
        profileFile: profileDir ? (j) => path.join(profileDir, `api-${i}-${j}.cpuprofile`) : undefined,
      });
      rows.push({ endpoint, figures });
      for (const f of figures) {
        console.log(
          `${endpoint.name} (${f.contender.who}): ${formatRate(f.api.rps)} req/s vs bare ${formatRate(f.bare.rps)} → ${(f.api.rps / f.bare.rps).toFixed(2)}`,
        );
      }
    }
    const loadAfter = os.loadavg()[0]!;
    const measuredSeconds = (Date.now() - measuringFrom) / 1000;
    const comparisons = rows.flatMap(({ endpoint, figures }) => scopedVersusAdmin(figures).map((c) => ({ endpoint, ...c })));

    const lines = [
      `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench api\` (BENCH_API_SECONDS, BENCH_API_CONNECTIONS to change the runs; BENCH_PROFILE_DIR=dir saves CPU profiles).`,
      "",
      `One API process as production runs it (createApp + Socket.IO on the PostgreSQL adapter, pools of 10, request logs at info to a sink) on an embedded PostgreSQL 17 (fsync off) with the Guzhang demo data (organisations 古丈县人社局 433126, 湘西州人社局 433100, 济南市人社局 370100), positions indexed in Meilisearch; autocannon with ${CONNECTIONS} keep-alive connections from another process, cycling through ${positionIds.length} position ids, 2 fairs, ${QUERIES.length} queries. Baseline in the same process and run: a bare handler doing the primary-key SELECT of the same table by raw pg, the row sent as JSON (no session, validation, response schema, logging or helmet). Runs alternate bare, API, API, bare, ${SECONDS} s each after 1 s warm-ups; where an endpoint has several contenders (who is signed in) their runs mirror between the two bare runs (bare, A, B, C, C, B, A, bare), so each contender and the baseline see the same machine on average (a drift in a straight line cancels); admin's runs on the spring fair stand between guzhang's and jinan's, so a hump or trough in the machine's speed favours neither side of the scoped ÷ admin ratio; figures are the means of each contender's two runs.`,
      "",
      "Who: anonymous, or signed in as the platform's `admin` (no organisation: no scope condition) or a bureau's STAFF account (`guzhang` hosts the 2017 and spring fairs: the first branch of the fair condition, `fairScopeSql`; `jinan` is their partner city: its last branch, the `fair_partners` lookup). On the position page the scope changes only the session lookup (its LEFT JOIN of organisations finds a row). The stats of the 2017 + open fair are today's row (the open fair is hosted in Jishou, out of 古丈's scope); the scoped accounts and admin are compared on the 2017 + spring fair, whose figures the bench first checks they read alike.",
      "",
      "| endpoint | who | req/s | p50 / p99 | CPU per request: API / DB | baseline | baseline req/s | baseline CPU: API / DB | **ratio req/s** | ratio CPU |",
      "|---|---|---|---|---|---|---|---|---|---|",
      ...rows.flatMap(({ endpoint, figures }) =>
        figures.map(
          ({ contender, api: a, bare: b }) =>
            `| ${endpoint.name} | ${contender.who} | ${formatRate(a.rps)} | ${a.p50} / ${a.p99} ms | ${cpuPair(a)} | \`${endpoint.baseline}\` | ${formatRate(b.rps)} | ${cpuPair(b)} | **${(a.rps / b.rps).toFixed(2)}** | ${(b.cpuPerRequestUs / a.cpuPerRequestUs).toFixed(2)} |`,
        ),
      ),
      "",
      "Bureau scopes against the platform's admin, same endpoint, same fairs, runs side by side:",
      "",
      "| endpoint | scoped | versus | **req/s scoped ÷ admin** | API CPU per request scoped ÷ admin | p50 scoped / admin |",
      "|---|---|---|---|---|---|",
      ...comparisons.map(
        ({ endpoint, scoped, admin: base }) =>
          `| ${endpoint.name} | ${scoped.contender.who} | ${base.contender.who} | **${(scoped.api.rps / base.api.rps).toFixed(2)}** | ${(scoped.api.cpuPerRequestUs / base.api.cpuPerRequestUs).toFixed(2)} | ${scoped.api.p50} / ${base.api.p50} ms |`,
      ),
      "",
      `CPU per request: the API process's (user + system), then PostgreSQL's (its client backends, from /proc; n/a elsewhere), in µs. Ratio req/s = API ÷ bare; ratio CPU = bare API-process CPU per request ÷ API CPU per request (1 = as fast / as cheap as the bare read); scoped ÷ admin: 1 = the scope costs nothing, below 1 (req/s) or above 1 (CPU) = it costs. Machine load (1-min) ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${os.cpus().length} cores; the runs took ${Math.round(measuredSeconds)} s, the whole bench ${Math.round((Date.now() - startedAt) / 1000)} s after the database started.`,
    ];
    console.log(`\n${lines.join("\n")}`);
    // BENCH_API_WRITE=0 keeps BENCHMARKS.md as it is (e.g. for a before/after comparison).
    if (process.env.BENCH_API_WRITE !== "0" && !only) writeBenchmarkSection("API hot reads (issue 6)", lines);
  } finally {
    await cleanUp();
  }
}

await main();
