// `pnpm bench match`: ranked matches both ways through the real HTTP server, against
// embedded PostgreSQL and Meilisearch on free ports, with 50,000 positions and 20,000
// seekers bulk-loaded (database and both indexes directly). Baselines in the same run:
// a bare primary-key GET through the same stack, and the same matching done without the
// search engine (SQL filter on the hard constraints, score every row in the process).
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createApp } from "../../apps/api/src/app.ts";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { startEmbeddedMeilisearch } from "../../apps/api/src/infra/embedded-meilisearch.ts";
import { createFieldCrypto, generateMasterKey } from "../../apps/api/src/lib/field-crypto.ts";
import { createLogger } from "../../apps/api/src/lib/logger.ts";
import { hashPassword } from "../../apps/api/src/lib/password.ts";
import { createPrismaClient } from "../../apps/api/src/lib/prisma.ts";
import { createSearchClient } from "../../apps/api/src/lib/search-client.ts";
import { createMatchingRepository, createSeekerIndexSource } from "../../apps/api/src/modules/matching/index.ts";
import { readRelevanceCorpus } from "../../apps/api/src/modules/search/testing/relevance-corpus.ts";
import { signInOverHttp } from "../../apps/api/src/modules/search/testing/relevance-loader.ts";
import { startBenchDatabase, withDeadline } from "./bench-database.ts";
import { measureInterleaved, summarize } from "./support/latency.ts";
import { measureScanBaseline } from "./support/match-baseline.ts";
import { buildSyntheticSeekers, varyRequirements, writeSyntheticSeekers } from "./support/match-bench-data.ts";
import { buildSyntheticPositions, indexSyntheticPositions, writeSyntheticRows } from "./support/search-bench-data.ts";
import { writeBenchmarkSection } from "./support/write-benchmarks.ts";

const POSITIONS = Number(process.env.BENCH_MATCH_POSITIONS ?? 50_000);
const SEEKERS = Number(process.env.BENCH_MATCH_SEEKERS ?? 20_000);
const SAMPLES = Number(process.env.BENCH_MATCH_SAMPLES ?? 200);
const SCAN_SAMPLES = Number(process.env.BENCH_MATCH_SCAN_SAMPLES ?? 10);
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function main() {
  const { corpus } = readRelevanceCorpus();
  const database = await startBenchDatabase("match");
  const meiliDir = fs.mkdtempSync(path.join(PROJECT_ROOT, ".tmp", "bench-match-meili-"));
  const meili = await startEmbeddedMeilisearch({ dir: meiliDir, masterKey: crypto.randomBytes(16).toString("hex") });
  const db = createPrismaClient(database.url);
  const client = createSearchClient(meili.url, meili.masterKey);
  const { app, positionIndex, seekerIndex } = createApp({
    db,
    search: client,
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
  const cleanUp = async () => {
    server.close();
    await db.$disconnect().catch(() => {});
    await meili.stop();
    fs.rmSync(meiliDir, { recursive: true, force: true });
    await database.stop();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

  try {
    const loadStarted = performance.now();
    const indexAllSeekers = async () => {
      const documents = [];
      for await (const page of createSeekerIndexSource(createMatchingRepository(db)).pages()) documents.push(...page);
      await seekerIndex.replaceAll(documents);
    };
    const fairId = crypto.randomUUID();
    const data = buildSyntheticPositions(corpus, POSITIONS, fairId);
    data.positions = varyRequirements(data.positions);
    await writeSyntheticRows(db, data, fairId);
    const seekers = buildSyntheticSeekers(SEEKERS);
    await writeSyntheticSeekers(db, seekers);
    await withDeadline(indexSyntheticPositions(positionIndex, data.positions), 900_000, "indexing positions");
    await withDeadline(indexAllSeekers(), 600_000, "indexing seekers");
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    await db.user.create({ data: { username: "bench-admin", passwordHash: await hashPassword("bench-password-1"), role: "ADMIN" } });
    const cookie = await signInOverHttp(base, "bench-admin", "bench-password-1");
    const getJson = async (url: string) => {
      const res = await fetch(`${base}${url}`, { headers: { cookie } });
      const body = (await res.json()) as { matches?: unknown[] };
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    };
    const seekerIds = Array.from({ length: SAMPLES }, (_, i) => seekers[(i * 7919) % seekers.length]!.id);
    const positionIds = Array.from({ length: SAMPLES }, (_, i) => data.positions[(i * 7919) % data.positions.length]!.id);
    let emptySeeker = 0;
    let emptyPosition = 0;
    const load = [os.loadavg()[0]!];
    const seekerRun = await measureInterleaved(
      seekerIds,
      {
        a: async (id) => {
          if ((await getJson(`/api/matches/seekers/${id}?limit=10`)).matches?.length === 0) emptySeeker++;
        },
        b: (id) => getJson(`/api/seekers/${id}`),
      },
      { rounds: 1, warmup: 1 },
    );
    const positionRun = await measureInterleaved(
      positionIds,
      {
        a: async (id) => {
          if ((await getJson(`/api/matches/positions/${id}?limit=10`)).matches?.length === 0) emptyPosition++;
        },
        b: (id) => getJson(`/api/positions/${id}`),
      },
      { rounds: 1, warmup: 1 },
    );
    load.push(os.loadavg()[0]!);
    const scan = await withDeadline(measureScanBaseline(db, seekerIds.slice(0, SCAN_SAMPLES)), 600_000, "the scan baseline");

    const s = summarize(seekerRun.a);
    const sGet = summarize(seekerRun.b);
    const p = summarize(positionRun.a);
    const pGet = summarize(positionRun.b);
    const sc = summarize(scan);
    const lines = [
      `${POSITIONS.toLocaleString("en-US")} positions (gender and age requirements varied) and ${SEEKERS.toLocaleString("en-US")} seekers, bulk-written to PostgreSQL and indexed in ${loadSeconds.toFixed(1)} s; ` +
        `${SAMPLES} ids each, one warm-up round, sequential, interleaved with the bare GET; limit=10.`,
      "",
      "| path | p50 | p95 | mean |",
      "|---|---|---|---|",
      `| GET /api/matches/seekers/:id (positions for a seeker) | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.mean)} |`,
      `| GET /api/seekers/:id (bare primary-key GET, same stack) | ${ms(sGet.p50)} | ${ms(sGet.p95)} | ${ms(sGet.mean)} |`,
      `| GET /api/matches/positions/:id (seekers for a position) | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.mean)} |`,
      `| GET /api/positions/:id (bare primary-key GET, same stack) | ${ms(pGet.p50)} | ${ms(pGet.p95)} | ${ms(pGet.mean)} |`,
      `| no search engine: SQL filter on hard constraints + score every row in process (${SCAN_SAMPLES} seekers) | ${ms(sc.p50)} | ${ms(sc.p95)} | ${ms(sc.mean)} |`,
      "",
      `**p95: positions for a seeker ${ms(s.p95)}, seekers for a position ${ms(p.p95)} (target ≤ 100 ms).** ` +
        `Ratios: ${(s.p95 / sGet.p95).toFixed(1)}× and ${(p.p95 / pGet.p95).toFixed(1)}× a bare GET; the scan-and-score without the engine is ${(sc.p95 / s.p95).toFixed(0)}× slower at p95. ` +
        `Empty answers: ${emptySeeker}/${SAMPLES} seekers, ${emptyPosition}/${SAMPLES} positions. Machine load (1-min) ${load[0]!.toFixed(1)} → ${load[1]!.toFixed(1)} on ${os.cpus().length} cores.`,
    ];
    console.log(`\n${lines.join("\n")}`);
    writeBenchmarkSection("Matching (issue 5)", [
      `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench match\` (BENCH_MATCH_POSITIONS, BENCH_MATCH_SEEKERS, BENCH_MATCH_SAMPLES to change the size).`,
      "",
      ...lines,
    ]);
  } finally {
    await cleanUp();
  }
}

await main();
