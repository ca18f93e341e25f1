// Issue 17: no change is lost by a rebuild, whatever interleaves with it. The rebuild is held
// at its swap while writes go through the API and the outbox relay puts them into the live
// index that is about to be swapped out; after the swap the live index must match the
// database again. The test database runs in Asia/Shanghai (as all here do), the setting under
// which the former time-window catch-up re-queued nothing and the new position was lost.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../lib/logger.ts";
import { createSearchSync, type SearchSync } from "../../runtime/search-sync.ts";
import { createEmployer, createPosition, createSeeker, createUser } from "../../testing/factories.ts";
import { createGate } from "../../testing/gate.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { waitFor } from "../../testing/wait-for.ts";
import { createMatchingRepository, createSeekerIndexSource } from "../matching/index.ts";
import { createOutboxRelay, enqueue, type OutboxRelay, runUnitOfWork } from "../outbox/index.ts";
import { createPositionIndexSource, createPositionsRepository } from "../positions/index.ts";
import type { IndexSource } from "./index.ts";

let t: TestApp;
let sync: SearchSync;
let relay: OutboxRelay;
let admin: string;
let employerId: string;
const logger = createLogger("silent");

beforeAll(async () => {
  t = await createTestApp();
  employerId = (await createEmployer(t.db, { name: "济南重型机械有限公司" })).id;
  const a = await createUser(t.db, { role: "ADMIN" });
  admin = await signIn(t.app, a.username, a.password);
  sync = createSearchSync({ db: t.db, search: t.search, index: t.positionIndex, seekerIndex: t.seekerIndex, logger });
  relay = createOutboxRelay({ db: t.db, handlers: sync.handlers, logger, instanceId: "index-sync-test", databaseUrl: t.databaseUrl });
  await relay.start();
});
afterAll(async () => {
  await relay.stop();
  for (const uid of [t.positionIndex.uid, t.seekerIndex.uid]) await t.search.deleteIndex(uid).waitTask();
  await t.close();
});

async function expectedStamps<T>(source: IndexSource<T>): Promise<Map<string, string>> {
  const stamps = new Map<string, string>();
  for await (const page of source.pages()) for (const item of page) stamps.set(source.stamp(item).id, source.stamp(item).hash);
  return stamps;
}

const sorted = (m: Map<string, string>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
const pendingEvents = () => t.db.outboxEvent.count({ where: { processedAt: null } });
const positionSource = () => createPositionIndexSource(createPositionsRepository(t.db));
const seekerSource = () => createSeekerIndexSource(createMatchingRepository(t.db));

/** Waits until the relay is idle and the live index holds exactly what the database says. */
async function expectIndexMatchesDatabase(which: "positions" | "seekers") {
  await waitFor(pendingEvents, (n) => n === 0, "the relay to apply every event", 120_000);
  const [live, expected] =
    which === "positions"
      ? await Promise.all([t.positionIndex.readStamps(), expectedStamps(positionSource())])
      : await Promise.all([t.seekerIndex.readStamps(), expectedStamps(seekerSource())]);
  expect(live.size).toBeGreaterThan(0);
  expect(sorted(live)).toEqual(sorted(expected));
}

const job = (title: string) => ({
  employerId,
  title,
  description: "负责车间生产，有经验者优先。",
  openings: 4,
  wageMin: 5000,
  wageMax: 7000,
  city: "济南",
  foodProvided: true,
  lodgingProvided: true,
});

const hitIds = async (q: string) => {
  const res = await request(t.app).get("/api/search/positions").query({ q, limit: 50 });
  expect(res.status).toBe(200);
  return { ids: (res.body.hits as { id: string }[]).map((h) => h.id), indexing: res.body.indexing as boolean };
};

describe("a rebuild held at its swap while the API writes", { timeout: 300_000 }, () => {
  it("keeps a position created, one edited and one closed meanwhile; health and search say 'rebuilding' until then", async () => {
    // Written directly, as the demo seed does: no outbox events, an empty live index.
    const seeded = await Promise.all(["冲压工", "叉车司机", "仓库管理员"].map((title) => createPosition(t.db, employerId, { title })));
    const hold = createGate();
    const rebuilding = sync.positions.rebuild({ beforeSwap: hold.wait });
    await hold.reached;

    const health = await request(t.app).get("/api/health");
    expect(health.body).toEqual({ status: "ok", db: "ok", search: "degraded", searchReason: "rebuilding" });
    expect((await hitIds("")).indexing).toBe(true);

    const created = await request(t.app).post("/api/positions").set("Cookie", admin).send(job("氩弧焊工"));
    expect(created.status).toBe(201);
    const createdId: string = created.body.position.id;
    await request(t.app).patch(`/api/positions/${seeded[0]!.id}`).set("Cookie", admin).send({ title: "数控冲压工" }).expect(200);
    await request(t.app).post(`/api/positions/${seeded[1]!.id}/close`).set("Cookie", admin).expect(200);
    // The relay applied all three to the live index, the one the swap is about to replace.
    await waitFor(pendingEvents, (n) => n === 0, "the relay to write the changes into the old live index");
    expect((await hitIds("氩弧焊")).ids).toContain(createdId);

    hold.release();
    const result = await rebuilding;
    expect(result.mode).toBe("rebuild");
    expect(result.queued).toBeGreaterThanOrEqual(1); // at least the new position, unknown to the snapshot

    await expectIndexMatchesDatabase("positions");
    expect((await hitIds("氩弧焊")).ids).toContain(createdId);
    expect((await hitIds("数控冲压")).ids).toContain(seeded[0]!.id);
    expect((await hitIds("叉车")).ids).not.toContain(seeded[1]!.id);
    const after = await hitIds("");
    expect(after.indexing).toBe(false);
    expect((await request(t.app).get("/api/health")).body).toEqual({ status: "ok", db: "ok", search: "ok" });
  });

  it("keeps them when the rebuild fails right after its swap: the next catch-up reconciles", async () => {
    // The former catch-up re-queued only if every step after the swap succeeded, and a retry
    // that found a non-empty index did nothing: the write was lost for good.
    const hold = createGate();
    const rebuilding = sync.positions.rebuild({
      beforeSwap: hold.wait,
      afterSwap: async () => {
        throw new Error("Meilisearch went away after the swap");
      },
    });
    await hold.reached;
    const created = await request(t.app).post("/api/positions").set("Cookie", admin).send(job("电焊工"));
    const createdId: string = created.body.position.id;
    await waitFor(pendingEvents, (n) => n === 0, "the relay");
    hold.release();
    await expect(rebuilding).rejects.toThrow("went away");
    expect((await hitIds("电焊")).ids).not.toContain(createdId); // swapped out with the old index

    const healed = await sync.positions.catchUp();
    expect(healed).toMatchObject({ mode: "reconcile" });
    expect(healed.queued).toBeGreaterThanOrEqual(1);
    await expectIndexMatchesDatabase("positions");
    expect((await hitIds("电焊")).ids).toContain(createdId);
  });
});

describe("writes interleaved with rebuilds", { timeout: 600_000 }, () => {
  it("ends with the index equal to the database after each of many rounds", async () => {
    const rounds = Number(process.env.INDEX_RACE_ROUNDS ?? 6);
    for (let round = 0; round < rounds; round++) {
      const rebuilding = sync.positions.rebuild();
      // Writes race the rebuild at whatever point it has reached: before the snapshot, while
      // staging fills, around the swap, during the reconciliation.
      const writes = (async () => {
        const ids: string[] = [];
        for (let i = 0; i < 6; i++) {
          const res = await request(t.app)
            .post("/api/positions")
            .set("Cookie", admin)
            .send(job(`装配工${round}-${i}`));
          ids.push(res.body.position.id);
          if (i % 2 === 1)
            await request(t.app)
              .patch(`/api/positions/${ids[i - 1]}`)
              .set("Cookie", admin)
              .send({ openings: 9 + i });
          if (i % 3 === 2)
            await request(t.app)
              .post(`/api/positions/${ids[i - 2]}/close`)
              .set("Cookie", admin);
          await new Promise((resolve) => setTimeout(resolve, 40 * (round + 1)));
        }
      })();
      await Promise.all([rebuilding, writes]);
      await expectIndexMatchesDatabase("positions");
    }
  });
});

describe("the seekers index used by matching", { timeout: 300_000 }, () => {
  it("keeps a seeker registered and one changed while its rebuild is held at the swap", async () => {
    const direct = await createSeeker(t.db, t.fieldCrypto, { gender: "MALE", birthDate: "1990-03-03" });
    const hold = createGate();
    const rebuilding = sync.seekers!.rebuild({ beforeSwap: hold.wait });
    await hold.reached;
    const added = await createSeeker(t.db, t.fieldCrypto, { gender: "FEMALE", birthDate: "1995-05-05" });
    // Changes through the outbox, as the registry and the desk write them.
    await runUnitOfWork(t.db, async (work, tx) => {
      await tx.seeker.update({ where: { id: direct.id }, data: { expectedWageMin: 7000 } });
      await enqueue(
        work,
        [direct.id, added.id].map((aggregateId) => ({ topic: "seeker.changed", aggregateId })),
      );
    });
    await waitFor(pendingEvents, (n) => n === 0, "the relay");
    hold.release();
    await rebuilding;
    await expectIndexMatchesDatabase("seekers");
    const doc = await t.search.index(t.seekerIndex.uid).getDocument(direct.id, { fields: ["*"] });
    expect(doc).toMatchObject({ expectedWageMin: 7000 });
    expect(await t.search.index(t.seekerIndex.uid).getDocument(added.id, { fields: ["id"] })).toMatchObject({ id: added.id });
  });
});

describe("start-up catch-up", { timeout: 300_000 }, () => {
  it("fills what is missing even when the relay wrote one document before the catch-up looked", async () => {
    // The former check rebuilt only an index with zero documents: one early relay write and
    // every seeded position stayed unsearchable.
    const fresh = createSearchSync({ db: t.db, search: t.search, index: t.positionIndex, logger });
    await t.search.index(t.positionIndex.uid).deleteAllDocuments().waitTask();
    const one = await request(t.app).post("/api/positions").set("Cookie", admin).send(job("养老护理员"));
    await waitFor(pendingEvents, (n) => n === 0, "the relay");
    expect(await t.positionIndex.count()).toBe(1);
    expect(one.status).toBe(201);
    const result = await fresh.positions.catchUp();
    expect(result.mode).toBe("reconcile");
    expect(result.queued).toBe((await t.db.position.count({ where: { status: "OPEN" } })) - 1);
    await expectIndexMatchesDatabase("positions");
  });
});
