// `pnpm bench ledger`: the employment ledger (GET /api/reports/employment, and its twelve
// months, /history) of a county of 100,000 labourers through the real HTTP stack, signed in
// as the county bureau, against an embedded PostgreSQL 17. Baseline in the same run and
// database: a plain SELECT count(*) of the same workers (seekers of the county joined to
// their labour households), on a pg client of its own. Requests alternate with the baseline.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { createApp } from "../../apps/api/src/app.ts";
import { createFieldCrypto, generateMasterKey } from "../../apps/api/src/lib/field-crypto.ts";
import { createLogger } from "../../apps/api/src/lib/logger.ts";
import { hashPassword } from "../../apps/api/src/lib/password.ts";
import { createPrismaClient } from "../../apps/api/src/lib/prisma.ts";
import { createSearchClient } from "../../apps/api/src/lib/search-client.ts";
import { signInOverHttp } from "../../apps/api/src/modules/search/testing/relevance-loader.ts";
import { formatRate, startBenchDatabase } from "./bench-database.ts";
import { type LatencySummary, measureInterleaved, summarize } from "./support/latency.ts";
import { writeLedgerCounty } from "./support/ledger-bench-data.ts";
import { writeBenchmarkSection } from "./support/write-benchmarks.ts";

const WORKERS = Number(process.env.BENCH_LEDGER_WORKERS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_LEDGER_ROUNDS ?? 30);
const BUDGET_MS = 1000;
const BASELINE_SQL = `SELECT count(*)::int AS n FROM seekers s JOIN households h ON h.id = s."householdId"
  WHERE s."homeRegionCode" >= '433126' AND s."homeRegionCode" < '433127' AND h."labourCapableMembers" > 0`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const database = await startBenchDatabase("ledger");
  const db = createPrismaClient(database.url);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { app } = createApp({
    db,
    // The ledger never searches; the client is never called.
    search: createSearchClient("http://127.0.0.1:9", "unused"),
    fieldCrypto: createFieldCrypto(generateMasterKey()),
    logger: createLogger("warn"),
    config: {
      session: { idleMinutes: 60, absoluteHours: 12, maxLoginFailures: 5, loginWindowMinutes: 15 },
      trustProxy: 0,
      stableEmploymentMonths: 3,
    },
  });
  const server = http.createServer(app).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const seedStarted = performance.now();
    const employerId = crypto.randomUUID();
    await client.query(
      `INSERT INTO employers (id, name, "creditCode", kind, "regionCode", city, "updatedAt")
       VALUES ($1, '济南某制造企业', '91370100MA3BENCH01', 'PRIVATE', '370104', '济南', now())`,
      [employerId],
    );
    const county = await writeLedgerCounty(client, WORKERS, employerId);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    console.log(
      `seeded ${formatRate(county.households)} households, ${formatRate(county.workers)} workers, ${formatRate(county.placements)} placements in ${seedSeconds.toFixed(1)} s`,
    );

    const organisationId = crypto.randomUUID();
    await client.query(`INSERT INTO organisations (id, name, "regionCode") VALUES ($1, '古丈县人社局', '433126')`, [organisationId]);
    const password = "bench-ledger-pw";
    await db.user.create({ data: { username: "guzhang", passwordHash: await hashPassword(password), role: "STAFF", organisationId } });
    const cookie = await signInOverHttp(base, "guzhang", password);
    const get = async (path: string) => {
      const res = await fetch(new URL(path, base), { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<{ employment?: { workers: number } }>;
    };
    const first = await get("/api/reports/employment");
    if (first.employment?.workers !== WORKERS) throw new Error(`ledger counted ${first.employment?.workers} workers, expected ${WORKERS}`);

    const baseline = () => client.query(BASELINE_SQL);
    const rows: [string, LatencySummary, LatencySummary][] = [];
    for (const [name, path] of [
      ["GET /api/reports/employment (this month)", "/api/reports/employment"],
      ["GET /api/reports/employment/history (12 months)", "/api/reports/employment/history"],
    ] as const) {
      const { a, b } = await measureInterleaved([path], { a: get, b: baseline }, { rounds: ROUNDS, warmup: 3 });
      rows.push([name, summarize(a), summarize(b)]);
    }
    const lines = [
      "",
      `\`pnpm bench ledger\`: a county (433126) of ${formatRate(county.workers)} labourers in ${formatRate(county.households)} households with ${formatRate(county.placements)} placements over two years, seeded by generate_series in ${seedSeconds.toFixed(1)} s; embedded PostgreSQL 17 (fsync off), one API in process, signed in as the county bureau; ${ROUNDS} requests each after 3 warm-up, alternating with the baseline: a plain \`SELECT count(*)\` of the same workers (seekers of the county joined to their labour households) on a pg client of its own. Budget: p95 < ${BUDGET_MS} ms. Machine: ${process.platform}, Node ${process.version}.`,
      "",
      "| request | p50 | p95 | baseline p95 | p95 ÷ baseline p95 |",
      "| --- | --- | --- | --- | --- |",
      ...rows.map(([name, s, base]) => `| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(base.p95)} | ${(s.p95 / base.p95).toFixed(1)}× |`),
      "",
    ];
    console.log(lines.join("\n"));
    writeBenchmarkSection("Employment ledger (务工台账)", lines);
    const over = rows.filter(([, s]) => s.p95 >= BUDGET_MS);
    if (over.length > 0) throw new Error(`over budget: ${over.map(([name, s]) => `${name} p95 ${ms(s.p95)}`).join(", ")}`);
  } finally {
    server.close();
    await client.end().catch(() => {});
    await db.$disconnect().catch(() => {});
    await database.stop();
  }
}

await main();
