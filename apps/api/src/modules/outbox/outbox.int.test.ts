// The relay against a real PostgreSQL: transactional enqueue, coalescing, retries with
// backoff, expiring claims, several relays at once, and the LISTEN wake-up. Handlers here
// are plain recorders: what is under test is the delivery, not what a handler does.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../lib/logger.ts";
import { createPrismaClient } from "../../lib/prisma.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import { waitFor } from "../../testing/wait-for.ts";
import { createOutboxRelay, createOutboxRepository, enqueue, type OutboxHandler, runUnitOfWork } from "./index.ts";

let database: TestDatabase;
const logger = createLogger("silent");
const fast = { pollMs: 20, backoff: { baseMs: 50, maxMs: 30_000 } };

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

/** Each test uses its own topic, so tests never see each other's events. */
const newTopic = () => `test.${crypto.randomBytes(4).toString("hex")}`;

function recorder() {
  const calls: { aggregateIds: string[]; eventIds: bigint[] }[] = [];
  const handler: OutboxHandler = async ({ aggregateIds, events }) => {
    calls.push({ aggregateIds, eventIds: events.map((e) => e.id) });
  };
  return { calls, handler };
}

describe("enqueue", () => {
  it("writes the event only when the surrounding transaction commits", async () => {
    const topic = newTopic();
    await expect(
      runUnitOfWork(database.db, async (work) => {
        await enqueue(work, { topic, aggregateId: "rolled-back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await runUnitOfWork(database.db, (work) => enqueue(work, { topic, aggregateId: "committed", payload: { n: 1 } }));
    const rows = await database.db.outboxEvent.findMany({ where: { topic } });
    expect(rows.map((r) => [r.aggregateId, r.payload])).toEqual([["committed", { n: 1 }]]);
  });
});

describe("relay", () => {
  it("coalesces a batch per aggregate and marks every event processed", async () => {
    const topic = newTopic();
    await runUnitOfWork(database.db, (work) =>
      enqueue(work, [
        { topic, aggregateId: "x" },
        { topic, aggregateId: "y" },
        { topic, aggregateId: "x" },
        { topic, aggregateId: "x" },
      ]),
    );
    const { calls, handler } = recorder();
    const relay = createOutboxRelay({ db: database.db, handlers: { [topic]: handler }, logger, instanceId: "a" });
    expect(await relay.drainOnce()).toEqual({ claimed: 4, failed: 0 });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.aggregateIds).toEqual(["x", "y"]);
    expect(calls[0]!.eventIds).toHaveLength(4);
    expect(await database.db.outboxEvent.count({ where: { topic, processedAt: null } })).toBe(0);
    expect(await relay.drainOnce()).toEqual({ claimed: 0, failed: 0 });
  });

  it("leaves other topics' events alone", async () => {
    const mine = newTopic();
    const theirs = newTopic();
    await runUnitOfWork(database.db, (work) =>
      enqueue(work, [
        { topic: mine, aggregateId: "m" },
        { topic: theirs, aggregateId: "t" },
      ]),
    );
    const relay = createOutboxRelay({ db: database.db, handlers: { [mine]: recorder().handler }, logger, instanceId: "a" });
    await relay.drainOnce();
    const theirRow = await database.db.outboxEvent.findFirstOrThrow({ where: { topic: theirs } });
    expect(theirRow).toMatchObject({ processedAt: null, claimedBy: null, attempts: 0 });
  });

  it("records a failure and retries with growing, capped backoff until the handler succeeds", async () => {
    const topic = newTopic();
    await runUnitOfWork(database.db, (work) => enqueue(work, { topic, aggregateId: "flaky" }));
    let failuresLeft = 2;
    let successes = 0;
    const relay = createOutboxRelay({
      db: database.db,
      handlers: {
        [topic]: async () => {
          if (failuresLeft-- > 0) throw new Error("search engine unreachable");
          successes += 1;
        },
      },
      logger,
      instanceId: "a",
      // A base wide enough that "not due yet" cannot be missed on a loaded machine.
      backoff: { baseMs: 1_000, maxMs: 30_000 },
    });
    const delayOf = async () => {
      const [row] = await database.db.$queryRaw<{ ms: number; attempts: number; lastError: string | null; claimedBy: string | null }[]>`
        SELECT (extract(epoch FROM ("availableAt" - now())) * 1000)::float8 AS ms, attempts, "lastError", "claimedBy"
        FROM outbox_events WHERE topic = ${topic}`;
      return row!;
    };

    expect(await relay.drainOnce()).toEqual({ claimed: 1, failed: 1 });
    const first = await delayOf();
    expect(first).toMatchObject({ attempts: 1, lastError: "search engine unreachable", claimedBy: null });
    expect(first.ms).toBeGreaterThan(0); // rescheduled, not due yet

    await waitFor(relay.drainOnce, (r) => r.claimed === 1, "the retry");
    const second = await delayOf();
    expect(second.attempts).toBe(2);
    expect(second.ms).toBeGreaterThan(first.ms);

    await waitFor(relay.drainOnce, (r) => r.claimed === 1, "the second retry");
    expect(successes).toBe(1);
    const done = await database.db.outboxEvent.findFirstOrThrow({ where: { topic } });
    expect(done.processedAt).not.toBeNull();
    expect(done.lastError).toBeNull();

    // However many failures, the next try is at most maxMs away.
    await runUnitOfWork(database.db, (work) => enqueue(work, { topic, aggregateId: "hopeless" }));
    await database.db.outboxEvent.updateMany({ where: { topic, aggregateId: "hopeless" }, data: { attempts: 40 } });
    failuresLeft = 1;
    await relay.drainOnce();
    const [capped] = await database.db.$queryRaw<{ ms: number }[]>`
      SELECT (extract(epoch FROM ("availableAt" - now())) * 1000)::float8 AS ms FROM outbox_events WHERE topic = ${topic} AND "aggregateId" = 'hopeless'`;
    expect(capped!.ms).toBeGreaterThan(20_000);
    expect(capped!.ms).toBeLessThanOrEqual(30_000);
  });

  it("lets another process take over a claim whose lease expired (crashed relay)", async () => {
    const topic = newTopic();
    await runUnitOfWork(database.db, (work) => enqueue(work, { topic, aggregateId: "orphan" }));
    const crashed = await createOutboxRepository(database.db).claim({ topics: [topic], instanceId: "crashed", limit: 10, leaseMs: 2_000 });
    expect(crashed).toHaveLength(1);
    const { calls, handler } = recorder();
    const survivor = createOutboxRelay({ db: database.db, handlers: { [topic]: handler }, logger, instanceId: "survivor" });
    expect((await survivor.drainOnce()).claimed).toBe(0); // still leased
    await waitFor(survivor.drainOnce, (r) => r.claimed === 1, "the lease to expire");
    expect(calls.map((c) => c.aggregateIds)).toEqual([["orphan"]]);
  });

  it("never gives one aggregate to two relays at once", async () => {
    const topic = newTopic();
    await runUnitOfWork(database.db, (work) => enqueue(work, { topic, aggregateId: "shared" }));
    const repo = createOutboxRepository(database.db);
    expect(await repo.claim({ topics: [topic], instanceId: "a", limit: 10, leaseMs: 60_000 })).toHaveLength(1);
    // A newer event of the same aggregate waits for the live claim to finish.
    await runUnitOfWork(database.db, (work) => enqueue(work, { topic, aggregateId: "shared" }));
    expect(await repo.claim({ topics: [topic], instanceId: "b", limit: 10, leaseMs: 60_000 })).toHaveLength(0);
  });

  it("delivers every event exactly once with two relays running on the same database", async () => {
    const topic = newTopic();
    const aggregates = Array.from({ length: 8 }, (_, i) => `agg-${i}`);
    const rounds = 30;
    const handled = new Map<string, number>();
    const inFlight = new Set<string>();
    let overlaps = 0;
    const perRelay = new Map<string, number>();
    // Each relay's first batch waits inside its handler until the other relay is handling one
    // too, so both take part however the claims fall, and their batches surely run side by side.
    const entered = new Set<string>();
    let bothEntered = () => {};
    const bothInHandlers = new Promise<void>((resolve) => (bothEntered = resolve));
    const handlerFor =
      (name: string): OutboxHandler =>
      async ({ aggregateIds, events }) => {
        for (const id of aggregateIds) {
          if (inFlight.has(id)) overlaps += 1;
          inFlight.add(id);
        }
        entered.add(name);
        if (entered.size === 2) bothEntered();
        await bothInHandlers;
        await new Promise((r) => setTimeout(r, crypto.randomInt(1, 20)));
        for (const e of events) handled.set(String(e.id), (handled.get(String(e.id)) ?? 0) + 1);
        for (const id of aggregateIds) inFlight.delete(id);
        perRelay.set(name, (perRelay.get(name) ?? 0) + events.length);
      };
    // Each relay has its own connection pool, as separate API processes would.
    const clients = [createPrismaClient(database.url, { poolSize: 3 }), createPrismaClient(database.url, { poolSize: 3 })];
    const relays = ["one", "two"].map((name, i) =>
      createOutboxRelay({ db: clients[i]!, handlers: { [topic]: handlerFor(name) }, logger, instanceId: name, batchSize: 4, ...fast }),
    );
    await Promise.all(relays.map((r) => r.start()));
    // Writers keep adding events while both relays drain.
    for (let round = 0; round < rounds; round++) {
      await Promise.all(
        aggregates.map((aggregateId) => runUnitOfWork(database.db, (work) => enqueue(work, { topic, aggregateId, payload: { round } }))),
      );
    }
    await waitFor(
      () => database.db.outboxEvent.count({ where: { topic, processedAt: null } }),
      (n) => n === 0,
      "all events processed",
    );
    await Promise.all(relays.map((r) => r.stop()));
    await Promise.all(clients.map((c) => c.$disconnect()));

    const total = aggregates.length * rounds;
    expect(await database.db.outboxEvent.count({ where: { topic } })).toBe(total);
    expect(handled.size).toBe(total);
    expect([...handled.values()].every((n) => n === 1)).toBe(true);
    expect(overlaps).toBe(0);
    expect([...perRelay.values()].reduce((a, b) => a + b, 0)).toBe(total);
    expect([...perRelay.keys()].sort()).toEqual(["one", "two"]);
  });

  it("wakes on NOTIFY when given the database URL, long before its next poll", async () => {
    const topic = newTopic();
    const calls: string[][] = [];
    let inFirstBatch = () => {};
    const firstBatchHandled = new Promise<void>((resolve) => (inFirstBatch = resolve));
    // Its next poll is ten minutes away, far beyond the wait below: only NOTIFY can wake it.
    const relay = createOutboxRelay({
      db: database.db,
      handlers: {
        [topic]: async ({ aggregateIds }) => {
          calls.push(aggregateIds);
          inFirstBatch();
        },
      },
      logger,
      instanceId: "listener",
      databaseUrl: database.url,
      pollMs: 600_000,
    });
    // An event from before start, so the relay's first drain (at start) is seen happening.
    await runUnitOfWork(database.db, (work) => enqueue(work, { topic, aggregateId: "before-start" }));
    await relay.start();
    try {
      await firstBatchHandled;
      // Committed after the first drain claimed its batch: no drain without a wake-up can find it.
      await runUnitOfWork(database.db, (work) => enqueue(work, { topic, aggregateId: "woken" }));
      await waitFor(
        async () => calls.length,
        (n) => n === 2,
        "the relay to wake on NOTIFY",
        30_000, // a safety net inside the test's own minute, and twenty times shorter than the poll
      );
      expect(calls).toEqual([["before-start"], ["woken"]]);
    } finally {
      await relay.stop();
    }
  });
});
