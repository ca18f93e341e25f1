// The index kept true end to end: API writes → outbox → relay → real Meilisearch, read
// back both from the index and through the public search route. No sleeps: every wait
// polls for the outcome until a deadline.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../lib/logger.ts";
import { createSearchSync } from "../../runtime/search-sync.ts";
import { createEmployer, createFair, createPosition, createSeeker, createUser, joinFair } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { waitFor } from "../../testing/wait-for.ts";
import { createOutboxRelay, enqueue, type OutboxRelay, runUnitOfWork } from "../outbox/index.ts";
import { createPositionIndex } from "../search/index.ts";
import { createPositionIndexHandlers, createPositionsRepository, createReadyPositionIndex } from "./index.ts";
import { toPositionForIndex } from "./position-index.handler.ts";

let t: TestApp;
let relay: OutboxRelay;
let admin: string;
let employerCookie: string;
let employerId: string;
let fairId: string;
const logger = createLogger("silent");

beforeAll(async () => {
  t = await createTestApp();
  const employer = await createEmployer(t.db, { name: "济南二机床集团" });
  employerId = employer.id;
  fairId = (await createFair(t.db)).id;
  await joinFair(t.db, fairId, employerId, "C03");
  const a = await createUser(t.db, { role: "ADMIN" });
  const e = await createUser(t.db, { role: "EMPLOYER", employerId });
  admin = await signIn(t.app, a.username, a.password);
  employerCookie = await signIn(t.app, e.username, e.password);
  relay = createOutboxRelay({
    db: t.db,
    handlers: createPositionIndexHandlers({ positions: createPositionsRepository(t.db), index: createReadyPositionIndex(t.positionIndex) }),
    logger,
    instanceId: "index-test",
    databaseUrl: t.databaseUrl,
  });
  await relay.start();
});
afterAll(async () => {
  await relay.stop();
  await t.search.deleteIndex(t.positionIndex.uid).waitTask();
  await t.close();
});

/** The indexed document, or null when the position is not in the index. */
async function findDocument(id: string): Promise<Record<string, unknown> | null> {
  try {
    return await t.search.index(t.positionIndex.uid).getDocument(id);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === "document_not_found" || code === "index_not_found") return null;
    throw error;
  }
}

async function searchHits(query: string): Promise<{ id: string; title: string; employerName: string; fairIds: string[] }[]> {
  const res = await request(t.app).get("/api/search/positions").query({ q: query, limit: 50 });
  expect(res.status).toBe(200);
  return res.body.hits;
}

const pendingEvents = () => t.db.outboxEvent.count({ where: { processedAt: null } });

const lathe = {
  title: "数控车床操作工",
  description: "操作数控车床加工零件，会看图纸优先，公司提供培训。",
  openings: 12,
  wageMin: 5500,
  wageMax: 8000,
  city: "济南",
  foodProvided: true,
  lodgingProvided: true,
  tags: ["包吃住", "技能培训"],
};

// Meilisearch on a loaded two-core machine can take seconds per task: generous deadlines.
describe("position.changed → Meilisearch", { timeout: 240_000 }, () => {
  it("makes a created position searchable, and a closed one disappear", async () => {
    const created = await request(t.app)
      .post("/api/positions")
      .set("Cookie", employerCookie)
      .send({ ...lathe, fairIds: [fairId] });
    expect(created.status).toBe(201);
    const id: string = created.body.position.id;
    const doc = await waitFor(
      () => findDocument(id),
      (d) => d !== null,
      "the new position in the index",
    );
    expect(doc).toMatchObject({ id, title: "数控车床操作工" });
    const hits = await searchHits("数控车床");
    expect(hits.map((h) => h.id)).toContain(id);
    expect(hits.find((h) => h.id === id)).toMatchObject({ employerName: "济南二机床集团", fairIds: [fairId] });

    expect((await request(t.app).post(`/api/positions/${id}/close`).set("Cookie", employerCookie)).status).toBe(200);
    await waitFor(
      () => findDocument(id),
      (d) => d === null,
      "the closed position to leave the index",
    );
    expect((await searchHits("数控车床")).map((h) => h.id)).not.toContain(id);
  });

  it("carries edits, fair links and an employer's new name into the index", async () => {
    const created = await request(t.app).post("/api/positions").set("Cookie", employerCookie).send(lathe);
    const id: string = created.body.position.id;
    await waitFor(
      () => findDocument(id),
      (d) => d !== null,
      "the position in the index",
    );

    await request(t.app)
      .patch(`/api/positions/${id}`)
      .set("Cookie", employerCookie)
      .send({ title: "数控铣床操作工", fairIds: [fairId] })
      .expect(200);
    await waitFor(
      () => searchHits("数控铣床"),
      (hits) => hits.some((h) => h.id === id && h.fairIds.includes(fairId)),
      "the edit",
    );

    await request(t.app).patch(`/api/employers/${employerId}`).set("Cookie", admin).send({ name: "济南二机床集团有限公司" }).expect(200);
    await waitFor(
      () => searchHits("数控铣床"),
      (hits) => hits.some((h) => h.id === id && h.employerName === "济南二机床集团有限公司"),
      "the rename",
    );
  });

  it("converges to the same index state when events are replayed, duplicated or out of order", async () => {
    const open = await request(t.app)
      .post("/api/positions")
      .set("Cookie", employerCookie)
      .send({ ...lathe, title: "装配钳工" });
    const closed = await request(t.app)
      .post("/api/positions")
      .set("Cookie", employerCookie)
      .send({ ...lathe, title: "包装工" });
    const ids: string[] = [open.body.position.id, closed.body.position.id];
    await request(t.app).post(`/api/positions/${ids[1]}/close`).set("Cookie", employerCookie).expect(200);
    await waitFor(pendingEvents, (n) => n === 0, "the outbox to drain");
    const before = await Promise.all(ids.map(findDocument));
    expect(before[0]).not.toBeNull();
    expect(before[1]).toBeNull();

    // Replay every event of both positions, plus duplicates whose ids come after the close.
    const replayed = await t.db.outboxEvent.updateMany({ where: { aggregateId: { in: ids } }, data: { processedAt: null } });
    expect(replayed.count).toBe(3); // two creations and a close
    await runUnitOfWork(t.db, (work) =>
      enqueue(
        work,
        [...ids, ...ids].map((aggregateId) => ({ topic: "position.changed", aggregateId })),
      ),
    );
    await waitFor(pendingEvents, (n) => n === 0, "the replay to be processed");

    expect(await Promise.all(ids.map(findDocument))).toEqual(before);
  });

  it("never puts personal data in the index", async () => {
    const created = await request(t.app)
      .post("/api/positions")
      .set("Cookie", employerCookie)
      .send({ ...lathe, title: "仓库理货员" });
    const id: string = created.body.position.id;
    const seeker = await createSeeker(t.db, t.fieldCrypto, { name: "向秀英" });
    await t.db.intent.create({ data: { seekerId: seeker.id, positionId: id, fairId } });
    await request(t.app).patch(`/api/positions/${id}`).set("Cookie", employerCookie).send({ openings: 11 }).expect(200);
    const doc = await waitFor(
      () => findDocument(id),
      (d) => d?.openings === 11,
      "the edited position",
    );
    const text = JSON.stringify(doc);
    for (const secret of [seeker.name, seeker.idNumber, seeker.phone, seeker.idNumberMasked, seeker.phoneMasked]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe("full rebuild", { timeout: 240_000 }, () => {
  it("rebuilds the index from the database, dropping what the database no longer has open", async () => {
    // Written directly, as the demo seed does: no outbox events.
    const direct = await Promise.all([0, 1, 2].map(() => createPosition(t.db, employerId)));
    const directlyClosed = await createPosition(t.db, employerId, { status: "CLOSED" });
    const index = createReadyPositionIndex(t.positionIndex);
    await index.upsert([{ ...(await toIndexable(directlyClosed.id)), status: "OPEN" }]);
    expect(await findDocument(directlyClosed.id)).not.toBeNull();

    const sync = createSearchSync({ db: t.db, search: t.search, index: t.positionIndex, logger });
    const result = await sync.positions.rebuild();
    const openIds = (await t.db.position.findMany({ where: { status: "OPEN" }, select: { id: true } })).map((p) => p.id).sort();
    expect(result.documents).toBe(openIds.length);
    await waitFor(pendingEvents, (n) => n === 0, "the catch-up events");
    const { results } = await t.search.index(t.positionIndex.uid).getDocuments({ fields: ["id"], limit: 1000 });
    expect(results.map((d) => String(d.id)).sort()).toEqual(openIds);
    for (const p of direct) expect(openIds).toContain(p.id);
    expect(await findDocument(directlyClosed.id)).toBeNull();
  });

  it("fills an empty index at start-up when the database has open positions", async () => {
    const fresh = createPositionIndex(t.search, { uid: `${t.positionIndex.uid}_fresh` });
    const sync = createSearchSync({ db: t.db, search: t.search, index: fresh, logger });
    try {
      await sync.catchUpOnStart();
      const stats = await t.search.index(fresh.uid).getStats();
      expect(stats.numberOfDocuments).toBe(await t.db.position.count({ where: { status: "OPEN" } }));
    } finally {
      await sync.stop();
      await t.search.deleteIndex(fresh.uid).waitTask();
    }
  });
});

async function toIndexable(id: string) {
  const [row] = await createPositionsRepository(t.db).findManyByIds([id]);
  return toPositionForIndex(row!);
}
