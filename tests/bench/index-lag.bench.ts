// `pnpm bench index-lag`: how long a position change takes to reach search through the
// transactional outbox (HTTP write → commit → NOTIFY → relay → Meilisearch task done),
// against the floor: the same index write made directly, in the same run, interleaved.
// The index holds BENCH_LAG_POSITIONS background positions so Meilisearch works at size.
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createSeededRandom, generateCreditCode } from "@xiezuo/contracts";
import { createApp } from "../../apps/api/src/app.ts";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { startEmbeddedMeilisearch } from "../../apps/api/src/infra/embedded-meilisearch.ts";
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
import type { PositionForIndex } from "../../apps/api/src/modules/search/index.ts";
import { createSearchSync } from "../../apps/api/src/runtime/search-sync.ts";
import { startBenchDatabase, withDeadline } from "./bench-database.ts";
import { type LatencySummary, summarize } from "./support/latency.ts";
import { writeBenchmarkSection } from "./support/write-benchmarks.ts";

const BACKGROUND = Number(process.env.BENCH_LAG_POSITIONS ?? 5_000);
const ROUNDS = Number(process.env.BENCH_LAG_ROUNDS ?? 30);
const WARMUP = 3;
const TARGET_MS = 2_000;
const ms = (n: number) => `${Math.round(n)} ms`;

const job = (i: number) => ({
  title: `叉车司机${i}`,
  description: "持叉车证，负责仓库货物装卸与搬运。",
  openings: 4,
  wageMin: 5_500,
  wageMax: 7_500,
  city: "济南",
  foodProvided: true,
  lodgingProvided: true,
  tags: ["包吃住"],
});

async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("a change did not reach the index within 60 s");
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function main() {
  const database = await startBenchDatabase("index-lag");
  const meiliDir = fs.mkdtempSync(path.join(PROJECT_ROOT, ".tmp", "bench-lag-meili-"));
  const meili = await startEmbeddedMeilisearch({ dir: meiliDir, masterKey: crypto.randomBytes(16).toString("hex") });
  const db = createPrismaClient(database.url);
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
  const index = createReadyPositionIndex(positionIndex);
  const positions = createPositionsRepository(db);
  const server = http.createServer(app).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const relay = createOutboxRelay({
    db,
    handlers: createPositionIndexHandlers({ positions, index }),
    logger,
    instanceId: "bench-lag",
    databaseUrl: database.url,
  });
  await relay.start();

  try {
    const employer = await db.employer.create({
      data: {
        name: "济南物流集团",
        creditCode: generateCreditCode(createSeededRandom(7)),
        kind: "SOE",
        regionCode: "370102",
        city: "济南",
      },
    });
    await db.position.createMany({
      data: Array.from({ length: BACKGROUND }, (_, i) => ({ ...job(i), title: `仓储岗位${i}`, employerId: employer.id })),
    });
    const rebuild = await withDeadline(
      createSearchSync({ db, search: client, index: positionIndex, logger }).positions.rebuild(),
      900_000,
      "the rebuild",
    );
    await db.user.create({
      data: { username: "bench-employer", passwordHash: await hashPassword("bench-password-1"), role: "EMPLOYER", employerId: employer.id },
    });
    const login = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "bench-employer", password: "bench-password-1" }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
    const post = async (url: string, body?: unknown) => {
      const res = await fetch(`${base}${url}`, {
        method: "POST",
        headers: { cookie, ...(body ? { "content-type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      return (await res.json()) as { position: { id: string } };
    };
    const meiliIndex = client.index(positionIndex.uid);
    const isIndexed = async (id: string) => {
      try {
        await meiliIndex.getDocument(id);
        return true;
      } catch {
        return false;
      }
    };
    const indexedEmployer = { id: employer.id, name: employer.name, shortName: null, kind: employer.kind, city: employer.city };

    const samples = { apiCreate: [] as number[], directCreate: [] as number[], apiClose: [] as number[], directClose: [] as number[] };
    const viaOutbox = async (i: number) => {
      let started = performance.now();
      const { position } = await post("/api/positions", job(i));
      await waitUntil(() => isIndexed(position.id));
      const create = performance.now() - started;
      started = performance.now();
      await post(`/api/positions/${position.id}/close`);
      await waitUntil(async () => !(await isIndexed(position.id)));
      return { create, close: performance.now() - started };
    };
    const direct = async (i: number) => {
      const doc: PositionForIndex = {
        ...job(i),
        id: crypto.randomUUID(),
        ageMin: null,
        ageMax: null,
        gender: "ANY",
        status: "OPEN",
        updatedAt: new Date(),
        employer: indexedEmployer,
        fairIds: [],
      };
      let started = performance.now();
      await index.upsert([doc]);
      await waitUntil(() => isIndexed(doc.id));
      const create = performance.now() - started;
      started = performance.now();
      await index.remove([doc.id]);
      await waitUntil(async () => !(await isIndexed(doc.id)));
      return { create, close: performance.now() - started };
    };
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      // Alternate which goes first, so a burst of background load hits both alike.
      const order = round % 2 === 0 ? (["api", "direct"] as const) : (["direct", "api"] as const);
      for (const which of order) {
        const result = which === "api" ? await viaOutbox(round) : await direct(round);
        if (round < WARMUP) continue;
        samples[which === "api" ? "apiCreate" : "directCreate"].push(result.create);
        samples[which === "api" ? "apiClose" : "directClose"].push(result.close);
      }
    }

    const row = (label: string, s: LatencySummary) => `| ${label} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.mean)} |`;
    const stats = {
      apiCreate: summarize(samples.apiCreate),
      directCreate: summarize(samples.directCreate),
      apiClose: summarize(samples.apiClose),
      directClose: summarize(samples.directClose),
    };
    const within = (list: number[]) => list.filter((x) => x <= TARGET_MS).length;
    const lines = [
      `${ROUNDS} creations and ${ROUNDS} closes (after ${WARMUP} warm-up rounds), one at a time, outbox path and direct path interleaved; ` +
        `index holding ${BACKGROUND.toLocaleString("en-US")} background positions (rebuilt in ${(rebuild.ms / 1000).toFixed(1)} s). ` +
        "Each time runs until the position is readable from Meilisearch (or gone from it).",
      "",
      "| path | p50 | p95 | mean |",
      "|---|---|---|---|",
      row("POST /api/positions → outbox → relay → searchable", stats.apiCreate),
      row("the same document upserted into the index directly", stats.directCreate),
      row("POST /api/positions/:id/close → outbox → relay → gone", stats.apiClose),
      row("the same document removed from the index directly", stats.directClose),
      "",
      `**p95 ratio outbox / direct: create ${(stats.apiCreate.p95 / stats.directCreate.p95).toFixed(2)}×, close ${(stats.apiClose.p95 / stats.directClose.p95).toFixed(2)}×**; ` +
        `p50 overhead of the outbox path ${ms(stats.apiCreate.p50 - stats.directCreate.p50)} (create), ${ms(stats.apiClose.p50 - stats.directClose.p50)} (close). ` +
        `Within ${TARGET_MS / 1000} s: ${within(samples.apiCreate)}/${ROUNDS} creations, ${within(samples.apiClose)}/${ROUNDS} closes.`,
      "",
      `Machine load average at the end of the run: ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(" / ")} (1/5/15 min, ${os.cpus().length} cores). The direct path is Meilisearch's own task time: ` +
        "on a busy machine it dominates both paths, and the ratio is what compares them.",
    ];
    console.log(`\n${lines.join("\n")}`);
    writeBenchmarkSection("Index lag: a change reaches search (issue 3)", [
      `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench index-lag\` (BENCH_LAG_POSITIONS, BENCH_LAG_ROUNDS to change the size).`,
      "",
      ...lines,
    ]);
  } finally {
    await relay.stop();
    server.close();
    await db.$disconnect();
    await meili.stop();
    fs.rmSync(meiliDir, { recursive: true, force: true });
    await database.stop();
  }
}

await main();
