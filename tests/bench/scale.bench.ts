// `pnpm bench scale` (issue 15): Xiangxi at full size — 1,000,000 seekers with sealed ID and
// phone numbers in 400,000 households over the 8 counties and their townships, 300,000
// placements, 900,000 follow-ups, 200 fairs with check-ins and intents, 10,000 positions in
// Meilisearch — written in bulk, then the bureau's pages measured through one API process (as
// `pnpm bench api` starts it), signed in as the prefecture (433100) and a county (433126):
// sequential requests after a warm-up, p50/p95 each beside a baseline of the same run (a bare
// primary-key GET through the same stack for pages and lookups, a plain SELECT count(*) over
// the same rows for aggregates). Sizes: BENCH_SCALE_SEEKERS (households 40 %, placements 30 %,
// follow-ups 90 % of it), BENCH_SCALE_POSITIONS, BENCH_SCALE_ROUNDS. BENCH_SCALE_OUT=file also
// writes the report there; BENCH_SCALE_HOLD=1 keeps the database up after measuring (Ctrl-C ends).
import type { ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { toChinaDate } from "@xiezuo/contracts";
import pg from "pg";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { startEmbeddedMeilisearch } from "../../apps/api/src/infra/embedded-meilisearch.ts";
import { createFieldCrypto, generateMasterKey } from "../../apps/api/src/lib/field-crypto.ts";
import { hashPassword } from "../../apps/api/src/lib/password.ts";
import { createPrismaClient } from "../../apps/api/src/lib/prisma.ts";
import { createSearchClient } from "../../apps/api/src/lib/search-client.ts";
import { createPositionIndex, DEFAULT_INDEX_UID } from "../../apps/api/src/modules/search/index.ts";
import { readRelevanceCorpus } from "../../apps/api/src/modules/search/testing/relevance-corpus.ts";
import { signInOverHttp } from "../../apps/api/src/modules/search/testing/relevance-loader.ts";
import { formatRate, startBenchDatabase, withDeadline } from "./bench-database.ts";
import { startBenchApi } from "./support/bench-api-child.ts";
import { apiClient, fmt, type ProbeResult, resultTable, runProbe, TARGET_MS } from "./support/scale-measure.ts";
import { writeHouseholds, writeSeekers } from "./support/scale-people.ts";
import { buildScaleProbes, COUNTY } from "./support/scale-probes.ts";
import { connectionsInUse, databaseSizing, indexSizes, meiliSizing } from "./support/scale-sizing.ts";
import { writeBureaus, writeFairs, writeFollowUps, writePlacements, writeUsers } from "./support/scale-work.ts";
import { buildSyntheticPositions, indexSyntheticPositions, writeSyntheticRows } from "./support/search-bench-data.ts";

const SEEKERS = Number(process.env.BENCH_SCALE_SEEKERS ?? 1_000_000);
const HOUSEHOLDS = Math.round(SEEKERS * 0.4);
const PLACEMENTS = Math.round(SEEKERS * 0.3);
const FOLLOW_UPS = Math.round(SEEKERS * 0.9);
const POSITIONS = Number(process.env.BENCH_SCALE_POSITIONS ?? 10_000);
const FAIRS = 200;
const ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 30);
const PASSWORD = "bench-scale-pw";

async function main() {
  const started = performance.now();
  const loads = [os.loadavg()[0]!];
  const database = await startBenchDatabase("scale");
  const meiliDir = fs.mkdtempSync(path.join(PROJECT_ROOT, ".tmp", "bench-scale-meili-"));
  const meili = await startEmbeddedMeilisearch({ dir: meiliDir, masterKey: crypto.randomBytes(16).toString("hex") });
  const masterKey = generateMasterKey();
  const fieldCrypto = createFieldCrypto(masterKey);
  const db = createPrismaClient(database.url, { poolSize: 2 });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  // A shutdown (Ctrl-C) may end PostgreSQL under this client: nothing to report then.
  client.on("error", () => {});
  let child: ChildProcess | null = null;
  const cleanUp = async () => {
    child?.kill("SIGTERM");
    await client.end().catch(() => {});
    await db.$disconnect().catch(() => {});
    await meili.stop();
    fs.rmSync(meiliDir, { recursive: true, force: true });
    await database.stop();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

  const seeding: [string, number][] = [];
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    console.log(`seeding: ${name} …`);
    const result = await work();
    const seconds = (performance.now() - t) / 1000;
    seeding.push([name, seconds]);
    console.log(`seeding: ${name} done in ${seconds.toFixed(1)} s`);
    return result;
  };

  try {
    const seedStarted = performance.now();
    const fairOfPositions = crypto.randomUUID();
    const data = buildSyntheticPositions(readRelevanceCorpus().corpus, POSITIONS, fairOfPositions);
    await step(`${formatRate(data.employers.length)} employers, ${formatRate(POSITIONS)} positions`, () =>
      writeSyntheticRows(db, data, fairOfPositions),
    );
    // Meilisearch indexes in its own process while PostgreSQL is filled.
    const positionIndex = createPositionIndex(createSearchClient(meili.url, meili.masterKey), { uid: DEFAULT_INDEX_UID });
    const indexStarted = performance.now();
    const indexing = withDeadline(indexSyntheticPositions(positionIndex, data.positions), 900_000, "indexing positions").then(() => {
      seeding.push([
        `${formatRate(POSITIONS)} positions indexed in Meilisearch (alongside the steps above)`,
        (performance.now() - indexStarted) / 1000,
      ]);
    });
    await step(`${formatRate(HOUSEHOLDS)} households`, () => writeHouseholds(client, HOUSEHOLDS));
    const sealing = await step(`${formatRate(SEEKERS)} seekers (ID and phone sealed in Node)`, () =>
      writeSeekers(client, fieldCrypto, SEEKERS, HOUSEHOLDS, (done) => {
        if (done % 100_000 === 0 || done === SEEKERS) console.log(`  ${formatRate(done)} seekers`);
      }),
    );
    const employerIds = data.employers.map((e) => e.id);
    const placements = await step(`${formatRate(PLACEMENTS)} placements`, () =>
      writePlacements(client, { placements: PLACEMENTS, seekers: SEEKERS, households: HOUSEHOLDS }, employerIds),
    );
    const followUps = await step(`follow-ups (target ${formatRate(FOLLOW_UPS)})`, () => writeFollowUps(client, FOLLOW_UPS));
    const bureaus = await writeBureaus(client);
    const passwordHash = await hashPassword(PASSWORD);
    await writeUsers(client, passwordHash, [
      { username: "xiangxi-staff", role: "STAFF", organisationId: bureaus.prefectureId },
      { username: "guzhang-staff", role: "STAFF", organisationId: bureaus.countyIds.get(COUNTY)! },
      { username: "guzhang-admin", role: "ADMIN", organisationId: bureaus.countyIds.get(COUNTY)! },
    ]);
    const checkInsPerFair = Math.min(1500, Math.floor(SEEKERS / 100));
    const fairs = await step(`${FAIRS} fairs with employers, positions, check-ins, intents`, () =>
      writeFairs(
        client,
        { fairs: FAIRS, checkInsPerFair, intentsPerFair: Math.round(checkInsPerFair / 4), seekers: SEEKERS },
        bureaus,
        employerIds,
        data.positions.map((p) => p.id),
      ),
    );
    // As autovacuum would by now: statistics, and the visibility map that index-only scans need.
    await step("VACUUM ANALYZE", () => client.query("VACUUM ANALYZE"));
    await indexing;
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    loads.push(os.loadavg()[0]!);
    console.log(`seeded in ${seedSeconds.toFixed(0)} s (sealing ${(sealing.sealMs / 1000).toFixed(1)} s of it in Node)`);
    const sizing = await databaseSizing(client);
    const indexList = await indexSizes(client, ["seekers", "households", "placements", "follow_ups"]);

    const api = startBenchApi({
      DATABASE_URL: database.url,
      DATA_ENCRYPTION_KEY: masterKey,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
    });
    child = api.child;
    const base = `http://127.0.0.1:${(await withDeadline(api.ready, 120_000, "starting the API")).port}`;
    const prefecture = apiClient(base, await signInOverHttp(base, "xiangxi-staff", PASSWORD));
    const county = apiClient(base, await signInOverHttp(base, "guzhang-staff", PASSWORD));
    const countyAdmin = apiClient(base, await signInOverHttp(base, "guzhang-admin", PASSWORD));

    const asOf = toChinaDate(new Date());
    const rule = (await countyAdmin.post(
      "/api/subsidy-rules",
      {
        name: "交通补贴（规模测试）",
        kind: "TRANSPORT",
        year: Number(asOf.slice(0, 4)),
        minMonths: 3,
        povertyStatuses: ["REGISTERED_POOR", "MONITORED", "LIFTED"],
        amounts: { outOfProvince: 600, inProvince: 300 },
      },
      201,
    )) as { rule: { id: string } };
    const probes = buildScaleProbes({
      prefecture,
      county,
      countyAdmin,
      client,
      sizes: { seekers: SEEKERS, households: HOUSEHOLDS },
      rounds: ROUNDS,
      fairId: fairs.fairIds[5]!, // hosted by 古丈 (f % 8 = 5), about three weeks ago
      ruleId: rule.rule.id,
      asOf,
    });
    console.log(`measuring ${probes.length} requests, ${ROUNDS} samples each (roster fewer) …`);
    const results: ProbeResult[] = [];
    for (const probe of probes) results.push(await runProbe(probe));
    loads.push(os.loadavg()[0]!);
    const connections = await connectionsInUse(client);
    const meiliFacts = await meiliSizing(meili.url, meili.masterKey, meiliDir).catch((e) => `Meilisearch stats unavailable (${e})`);
    const missed = results.filter((r) => r.api.p95 > TARGET_MS[r.probe.kind]);
    const totalSeconds = (performance.now() - started) / 1000;

    const lines = [
      `\`pnpm bench scale\`, ${new Date().toISOString().slice(0, 16)}Z: ${formatRate(SEEKERS)} seekers (ID and phone sealed with the field crypto, blind indexes as the app computes them) in ${formatRate(HOUSEHOLDS)} households over the 8 counties of Xiangxi and their townships, ${formatRate(placements)} placements, ${formatRate(followUps)} follow-ups, ${FAIRS} fairs (${formatRate(fairs.checkIns)} check-ins, ${formatRate(fairs.intents)} intents), ${formatRate(POSITIONS)} positions in Meilisearch. Embedded PostgreSQL 17 (fsync off, default shared_buffers), one API process (pool ${10}), sequential requests after a warm-up, each interleaved with its baseline. Machine: ${os.cpus().length} cores, ${process.platform}, Node ${process.version}; 1-min load ${loads.map((l) => l.toFixed(1)).join(" → ")} (start → seeded → measured).`,
      "",
      ...resultTable(results),
      "",
      `Targets met: ${results.length - missed.length} of ${results.length}${missed.length ? ` (missed: ${missed.map((r) => `${r.probe.name} ${fmt(r.api.p95)}`).join("; ")})` : ""}.`,
      "",
      "| seeding step | seconds |",
      "| --- | --- |",
      ...seeding.map(([name, s]) => `| ${name} | ${s.toFixed(1)} |`),
      `| **all seeding** | **${seedSeconds.toFixed(1)}** |`,
      "",
      ...sizing,
      "",
      `Indexes: ${indexList.join(", ")}.`,
      "",
      meiliFacts,
      `Connections to the database at the end: ${connections}.`,
      `Total runtime: ${(totalSeconds / 60).toFixed(1)} min.`,
    ];
    console.log(`\n${lines.join("\n")}`);
    if (process.env.BENCH_SCALE_OUT) fs.writeFileSync(process.env.BENCH_SCALE_OUT, `${lines.join("\n")}\n`);
    if (process.env.BENCH_SCALE_HOLD === "1") {
      console.log(`holding: ${database.url} (Ctrl-C ends)`);
      await new Promise(() => {});
    }
  } finally {
    await cleanUp();
  }
}

await main();
