// `pnpm bench search`: Chinese job search, in one run against embedded PostgreSQL and
// Meilisearch on free ports.
// 1. Relevance: the shared corpus loaded THROUGH THE API into one fair; hits@10 on the dev
//    queries and on the noisy queries (homophone slips, pinyin, spoken sentences) for plain
//    PostgreSQL ILIKE, Meilisearch with default settings, ours with the words read as typed
//    (exact=1: no homophones, no pinyin), and ours.
// 2. Latency: 50,000 synthetic positions (bulk-written); p50/p95 of GET /api/search/positions
//    against the very same Meilisearch requests sent directly, interleaved, for the dev and the
//    noisy queries; target p95 ≤ 1.5×.
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createApp } from "../../apps/api/src/app.ts";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { startEmbeddedMeilisearch } from "../../apps/api/src/infra/embedded-meilisearch.ts";
import { systemClock } from "../../apps/api/src/lib/clock.ts";
import { createFieldCrypto, generateMasterKey } from "../../apps/api/src/lib/field-crypto.ts";
import { createLogger } from "../../apps/api/src/lib/logger.ts";
import { hashPassword } from "../../apps/api/src/lib/password.ts";
import { createPrismaClient } from "../../apps/api/src/lib/prisma.ts";
import { createSearchClient } from "../../apps/api/src/lib/search-client.ts";
import { createOutboxRelay } from "../../apps/api/src/modules/outbox/index.ts";
import {
  createPositionIndexHandlers,
  createPositionsRepository,
  createReadyPositionIndex,
} from "../../apps/api/src/modules/positions/index.ts";
import { createEmployerDirectory } from "../../apps/api/src/modules/search/employer-directory.ts";
import { createPositionSearcher, parseQuery } from "../../apps/api/src/modules/search/index.ts";
import { buildSearchRequest, listLooserReadings } from "../../apps/api/src/modules/search/search-request.ts";
import {
  averageScore,
  evaluateHitsAt10,
  type QueryScore,
  type RelevanceQuery,
  readRelevanceCorpus,
} from "../../apps/api/src/modules/search/testing/relevance-corpus.ts";
import {
  createFetchApi,
  loadCorpusThroughApi,
  searchCorpusKeys,
  signInOverHttp,
  waitUntilSearchable,
} from "../../apps/api/src/modules/search/testing/relevance-loader.ts";
import { startBenchDatabase, withDeadline } from "./bench-database.ts";
import { measureInterleaved, summarize } from "./support/latency.ts";
import { loadDefaultIndex, searchDefaultIndex, searchWithIlike } from "./support/search-baselines.ts";
import { buildSyntheticPositions, indexSyntheticPositions, writeSyntheticRows } from "./support/search-bench-data.ts";
import { writeBenchmarkSection } from "./support/write-benchmarks.ts";

const POSITIONS = Number(process.env.BENCH_SEARCH_POSITIONS ?? 50_000);
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 20);
const ms = (n: number) => `${n.toFixed(2)} ms`;
const NOISE_KINDS = ["homophone", "pinyin", "mixed", "sentence"] as const;

/** hits@10 of the queries of one kind of noise. */
function scoreOfKind(queries: readonly RelevanceQuery[], scores: readonly QueryScore[], kind: string): number {
  return averageScore(scores.filter((_, i) => queries[i]!.kind === kind));
}

async function main() {
  const { corpus, queries, noisyQueries } = readRelevanceCorpus();
  const database = await startBenchDatabase("search");
  const meiliDir = fs.mkdtempSync(path.join(PROJECT_ROOT, ".tmp", "bench-search-meili-"));
  const meili = await startEmbeddedMeilisearch({ dir: meiliDir, masterKey: crypto.randomBytes(16).toString("hex") });
  const db = createPrismaClient(database.url);
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  const client = createSearchClient(meili.url, meili.masterKey);
  const logger = createLogger("warn");
  const { app, positionIndex } = createApp({
    db,
    search: client,
    fieldCrypto: createFieldCrypto(generateMasterKey()),
    logger,
    config: {
      session: { idleMinutes: 60, absoluteHours: 12, maxLoginFailures: 5, loginWindowMinutes: 15 },
      trustProxy: 0,
      stableEmploymentMonths: 3,
    },
  });
  const server = http.createServer(app).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const relay = createOutboxRelay({
    db,
    handlers: createPositionIndexHandlers({ positions: createPositionsRepository(db), index: createReadyPositionIndex(positionIndex) }),
    logger,
    instanceId: "bench-search",
    databaseUrl: database.url,
  });
  await relay.start();
  const cleanUp = async () => {
    await relay.stop().catch(() => {});
    server.close();
    await pool.end().catch(() => {});
    await db.$disconnect().catch(() => {});
    await meili.stop();
    fs.rmSync(meiliDir, { recursive: true, force: true });
    await database.stop();
  };
  // Interrupted runs must not leave PostgreSQL and Meilisearch behind.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

  try {
    // 1. Relevance, everything loaded through the API.
    await db.user.create({ data: { username: "bench-admin", passwordHash: await hashPassword("bench-password-1"), role: "ADMIN" } });
    const api = createFetchApi(base, await signInOverHttp(base, "bench-admin", "bench-password-1"));
    const loadStarted = performance.now();
    const loaded = await withDeadline(loadCorpusThroughApi(api, corpus), 300_000, "loading the corpus through the API");
    await waitUntilSearchable(api, loaded.fairId, corpus.positions.length, 120_000);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const ours = await evaluateHitsAt10(queries, (q) => searchCorpusKeys(api, loaded, q));
    const ilike = await evaluateHitsAt10(queries, (q) => searchWithIlike(pool, loaded, q));
    await loadDefaultIndex(pool, client, loaded, "bench_default_settings");
    const plain = await evaluateHitsAt10(queries, (q) => searchDefaultIndex(client, loaded, "bench_default_settings", q));
    const noisy = {
      ilike: await evaluateHitsAt10(noisyQueries, (q) => searchWithIlike(pool, loaded, q)),
      plain: await evaluateHitsAt10(noisyQueries, (q) => searchDefaultIndex(client, loaded, "bench_default_settings", q)),
      typed: await evaluateHitsAt10(noisyQueries, (q) => searchCorpusKeys(api, loaded, q, { exact: "1" })),
      ours: await evaluateHitsAt10(noisyQueries, (q) => searchCorpusKeys(api, loaded, q)),
    };

    // 2. Latency over many positions.
    const bigFair = crypto.randomUUID();
    const data = buildSyntheticPositions(corpus, POSITIONS, bigFair);
    await writeSyntheticRows(db, data, bigFair);
    const indexStarted = performance.now();
    await withDeadline(indexSyntheticPositions(positionIndex, data.positions), 900_000, "indexing the synthetic positions");
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    const names = await createEmployerDirectory({
      load: () => createPositionSearcher(client, positionIndex.uid).listEmployerAliases(),
      clock: systemClock,
      ttlMs: Number.POSITIVE_INFINITY,
    }).getNames();
    const meiliIndex = client.index(positionIndex.uid);
    const viaApi = async (q: string) => {
      const res = await fetch(`${base}/api/search/positions?${new URLSearchParams({ q, fairId: bigFair, limit: "20" })}`);
      const body = (await res.json()) as { total: number };
      if (res.status !== 200 || body.total === 0) throw new Error(`API search ${q}: ${res.status} total ${body.total}`);
    };
    // The requests the service sends, in its order: the query as read, then (when that finds
    // nothing) the slip reading and the looser readings, until one finds something.
    const direct = async (q: string) => {
      const query = { q, fairId: bigFair, limit: 20, offset: 0 };
      const parsed = parseQuery(q, names);
      const { q: text, ...params } = buildSearchRequest(query, parsed);
      if ((await meiliIndex.search(text, params)).estimatedTotalHits !== 0) return;
      for (const looser of listLooserReadings(parsed, parseQuery(q, names, { slips: true }))) {
        const { q: looserText, ...looserParams } = buildSearchRequest(query, looser);
        if ((await meiliIndex.search(looserText, looserParams)).estimatedTotalHits !== 0) return;
      }
    };
    const loadBefore = os.loadavg()[0]!;
    const devTimings = await measureInterleaved(
      queries.map((q) => q.q),
      { a: viaApi, b: direct },
      { rounds: ROUNDS, warmup: 2 },
    );
    const noisyTimings = await measureInterleaved(
      noisyQueries.map((q) => q.q),
      { a: viaApi, b: direct },
      { rounds: ROUNDS, warmup: 2 },
    );
    const loadAfter = os.loadavg()[0]!;
    const latencyRows = [
      ["dev", devTimings],
      ["noisy", noisyTimings],
    ] as const;
    const latency = latencyRows.map(([label, timings]) => {
      const apiStats = summarize(timings.a);
      const directStats = summarize(timings.b);
      return { label, apiStats, directStats, p95: apiStats.p95 / directStats.p95, p50: apiStats.p50 / directStats.p50 };
    });

    const relevanceRows = [
      ["PostgreSQL ILIKE on title/description", ilike.hitsAt10],
      ["Meilisearch, default settings, raw query", plain.hitsAt10],
      ["ours: GET /api/search/positions (dictionary + n-grams + query parser)", ours.hitsAt10],
    ] as const;
    const noisyRows = [
      ["PostgreSQL ILIKE on title/description", noisy.ilike],
      ["Meilisearch, default settings, raw query", noisy.plain],
      ["ours, words as typed (`exact=1`: no homophones, no pinyin)", noisy.typed],
      ["ours: GET /api/search/positions", noisy.ours],
    ] as const;
    const perQuery = queries.map(
      (q, i) => `${q.q} ${ilike.scores[i]!.score.toFixed(2)}/${plain.scores[i]!.score.toFixed(2)}/${ours.scores[i]!.score.toFixed(2)}`,
    );
    const lines = [
      `Relevance: ${corpus.positions.length} positions of ${corpus.employers.length} employers loaded through the API into one fair (${loadSeconds.toFixed(1)} s until all searchable), ${queries.length} dev queries with fairId, hits@10 as corpus.json defines it.`,
      "",
      "| search | hits@10 |",
      "|---|---|",
      ...relevanceRows.map(([label, score]) => `| ${label} | ${score.toFixed(3)} |`),
      "",
      `Per query (ILIKE/default/ours): ${perQuery.join(" · ")}`,
      "",
      `Noisy queries: ${noisyQueries.length} (tests/fixtures/search-relevance/noisy-queries.json), same corpus, fair and scoring; by kind: ${NOISE_KINDS.map((k) => `${k} ${noisyQueries.filter((q) => q.kind === k).length}`).join(", ")}.`,
      "",
      `| search | hits@10, all noisy | ${NOISE_KINDS.join(" | ")} |`,
      `|---|---|${NOISE_KINDS.map(() => "---|").join("")}`,
      ...noisyRows.map(
        ([label, result]) =>
          `| ${label} | ${result.hitsAt10.toFixed(3)} | ${NOISE_KINDS.map((k) => scoreOfKind(noisyQueries, result.scores, k).toFixed(3)).join(" | ")} |`,
      ),
      "",
      `Noisy queries below 1 (ours): ${
        noisy.ours.scores
          .filter((x) => x.score < 1)
          .map((x) => `${x.q} ${x.score.toFixed(2)}`)
          .join(" · ") || "none"
      }`,
      "",
      `Latency: ${POSITIONS.toLocaleString("en-US")} synthetic positions (corpus templates × ${data.employers.length} employers), bulk-written to PostgreSQL and indexed in ${indexSeconds.toFixed(1)} s; ` +
        `${queries.length} dev queries, then ${noisyQueries.length} noisy queries, × ${ROUNDS} rounds (after 2 warm-up rounds) with fairId of that fair, sequential, API and direct interleaved. ` +
        "Direct sends the service's Meilisearch requests in its order (the query as read; when that finds nothing, the slip reading and the looser readings).",
      "",
      "| queries | path | p50 | p95 | mean |",
      "|---|---|---|---|---|",
      ...latency.flatMap(({ label, apiStats, directStats }) => [
        `| ${label} | GET /api/search/positions (HTTP → Express → query parser → Meilisearch) | ${ms(apiStats.p50)} | ${ms(apiStats.p95)} | ${ms(apiStats.mean)} |`,
        `| ${label} | the same Meilisearch requests sent directly | ${ms(directStats.p50)} | ${ms(directStats.p95)} | ${ms(directStats.mean)} |`,
      ]),
      "",
      `**p95 ratio API / direct: ${latency.map((l) => `${l.label} ${l.p95.toFixed(2)}×`).join(", ")}** (target ≤ 1.5×); p50 ratio ${latency.map((l) => `${l.label} ${l.p50.toFixed(2)}×`).join(", ")}. ` +
        `Machine load (1-min average) ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the latency runs on ${os.cpus().length} cores: absolute times move with it, the ratio much less.`,
    ];
    console.log(`\n${lines.join("\n")}`);
    writeBenchmarkSection("Search (issues 3 and 16)", [
      `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench search\` (BENCH_SEARCH_POSITIONS, BENCH_SEARCH_ROUNDS to change the size).`,
      "",
      ...lines,
    ]);
  } finally {
    await cleanUp();
  }
}

await main();
