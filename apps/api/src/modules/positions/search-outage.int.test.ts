// Meilisearch stopped in the middle of a working day: writes still succeed, their outbox
// events wait and are retried, search says 503, and once Meilisearch is back (same port,
// same data) the index catches up by itself. This file runs its own Meilisearch so it can
// stop it without disturbing other test files.
import fs from "node:fs";
import path from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../env.ts";
import { type RunningMeilisearch, startEmbeddedMeilisearch } from "../../infra/embedded-meilisearch.ts";
import { createLogger } from "../../lib/logger.ts";
import { createEmployer, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { waitFor } from "../../testing/wait-for.ts";
import { createOutboxRelay, type OutboxRelay } from "../outbox/index.ts";
import { createPositionIndexHandlers, createPositionsRepository, createReadyPositionIndex } from "./index.ts";

const MASTER_KEY = "outage-test-master-key-0123";
let dir: string;
let meili: RunningMeilisearch;
let port: number;
let t: TestApp;
let relay: OutboxRelay;
let cookie: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(PROJECT_ROOT, ".tmp", "meili-outage-"));
  meili = await startEmbeddedMeilisearch({ dir, masterKey: MASTER_KEY });
  port = Number(new URL(meili.url).port);
  t = await createTestApp({ meili: { url: meili.url, key: MASTER_KEY } });
  const employer = await createEmployer(t.db, { name: "湘西州劳务公司" });
  const user = await createUser(t.db, { role: "EMPLOYER", employerId: employer.id });
  cookie = await signIn(t.app, user.username, user.password);
  relay = createOutboxRelay({
    db: t.db,
    handlers: createPositionIndexHandlers({ positions: createPositionsRepository(t.db), index: createReadyPositionIndex(t.positionIndex) }),
    logger: createLogger("silent"),
    instanceId: "outage-test",
    databaseUrl: t.databaseUrl,
    // Short backoff so the catch-up after the restart is quick; the cap is what matters.
    backoff: { baseMs: 100, maxMs: 1_000 },
  });
  await relay.start();
});
afterAll(async () => {
  await relay?.stop();
  await meili?.stop();
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function isIndexed(id: string): Promise<boolean> {
  try {
    await t.search.index(t.positionIndex.uid).getDocument(id);
    return true;
  } catch {
    return false;
  }
}

const job = (title: string) => ({
  title,
  description: "茶园采摘与初加工，按件计酬。",
  openings: 8,
  wageMin: 3000,
  wageMax: 4500,
  city: "古丈",
  foodProvided: true,
  lodgingProvided: false,
});

// Meilisearch on a loaded two-core machine can take seconds per task: generous deadlines.
describe("Meilisearch down", { timeout: 240_000 }, () => {
  it("keeps every write working, answers 503 for search, and catches up when Meilisearch returns", async () => {
    const before = await request(t.app).post("/api/positions").set("Cookie", cookie).send(job("采茶工"));
    const closedLater: string = before.body.position.id;
    await waitFor(() => isIndexed(closedLater), Boolean, "the first position in the index");

    await meili.stop();

    const health = await request(t.app).get("/api/health");
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: "ok", db: "ok", search: "degraded", searchReason: "unreachable" });
    const search = await request(t.app).get("/api/search/positions").query({ q: "采茶" });
    expect(search.status).toBe(503);
    expect(search.body.error.code).toBe("SEARCH_UNAVAILABLE");

    const created = await request(t.app).post("/api/positions").set("Cookie", cookie).send(job("制茶师傅"));
    expect(created.status).toBe(201);
    const addedWhileDown: string = created.body.position.id;
    expect((await request(t.app).post(`/api/positions/${closedLater}/close`).set("Cookie", cookie)).status).toBe(200);
    expect((await request(t.app).get(`/api/positions/${addedWhileDown}`)).status).toBe(200);
    expect((await request(t.app).get("/api/positions").set("Cookie", cookie)).body.total).toBe(2);

    // The relay keeps the events and records why they failed.
    const failing = await waitFor(
      () => t.db.outboxEvent.findMany({ where: { aggregateId: { in: [addedWhileDown, closedLater] }, processedAt: null } }),
      (rows) => rows.length >= 2 && rows.every((r) => r.attempts >= 1 && r.lastError !== null),
      "failed attempts to be recorded",
    );
    expect(failing.length).toBeGreaterThanOrEqual(2);

    meili = await startEmbeddedMeilisearch({ dir, masterKey: MASTER_KEY, port });

    await waitFor(() => isIndexed(addedWhileDown), Boolean, "the position written while down to be indexed");
    await waitFor(
      () => isIndexed(closedLater),
      (indexed) => !indexed,
      "the position closed while down to leave the index",
    );
    await waitFor(
      () => t.db.outboxEvent.count({ where: { processedAt: null } }),
      (n) => n === 0,
      "the outbox to drain",
    );
    const after = await request(t.app).get("/api/search/positions").query({ q: "制茶" });
    expect(after.status).toBe(200);
    expect(after.body.hits.map((h: { id: string }) => h.id)).toEqual([addedWhileDown]);
    expect((await request(t.app).get("/api/health")).body.search).toBe("ok");
  });
});
