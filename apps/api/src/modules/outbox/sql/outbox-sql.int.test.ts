// Row shapes of the outbox's statements (sql/*.sql.ts) against a real database: each runs
// the way the repository runs it, and what comes back is parsed with its row schema.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { sqlPool } from "../../../lib/prisma.ts";
import { executeStatement, queryOnClient, queryRows } from "../../../lib/sql-statement.ts";
import { expectRowShape } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { OUTBOX_CHANNEL } from "../outbox.repository.ts";
import { OUTBOX_CLAIM } from "./outbox-claim.sql.ts";
import { OUTBOX_CLAIM_LOCK } from "./outbox-claim-lock.sql.ts";
import { OUTBOX_COUNT_PENDING } from "./outbox-count-pending.sql.ts";
import { OUTBOX_INSERT_FOR_AGGREGATES } from "./outbox-insert-for-aggregates.sql.ts";
import { OUTBOX_LAST_ID } from "./outbox-last-id.sql.ts";
import { OUTBOX_MARK_FAILED } from "./outbox-mark-failed.sql.ts";
import { OUTBOX_MARK_PROCESSED } from "./outbox-mark-processed.sql.ts";
import { OUTBOX_NOTIFY } from "./outbox-notify.sql.ts";
import { OUTBOX_PRUNE_PROCESSED } from "./outbox-prune-processed.sql.ts";

const database = useTestDatabase();

const newTopic = () => `shape.${crypto.randomBytes(4).toString("hex")}`;

async function insertOnClient(topic: string, aggregateIds: string[]): Promise<void> {
  const client = await sqlPool(database.db).connect();
  try {
    await queryOnClient(client, OUTBOX_INSERT_FOR_AGGREGATES, topic, aggregateIds);
    await queryOnClient(client, OUTBOX_NOTIFY, OUTBOX_CHANNEL);
  } finally {
    client.release();
  }
}

describe("outbox statements", () => {
  it("inserts one event per aggregate on a pg client and notifies through Prisma", async () => {
    const topic = newTopic();
    await insertOnClient(topic, ["a", "b"]);
    expect(await database.db.outboxEvent.count({ where: { topic } })).toBe(2);
    expect(await executeStatement(database.db, OUTBOX_NOTIFY, OUTBOX_CHANNEL)).toBe(1);
  });

  it("reads the last id and the pending count, claims, fails, processes and prunes", async () => {
    const { db } = database;
    const topic = newTopic();
    await insertOnClient(topic, ["a", "b"]);

    const [last] = expectRowShape(OUTBOX_LAST_ID, await queryRows(db, OUTBOX_LAST_ID, topic, ["a", "b"]));
    expect(typeof last!.last).toBe("bigint");
    const [pending] = expectRowShape(OUTBOX_COUNT_PENDING, await queryRows(db, OUTBOX_COUNT_PENDING, topic, last!.last!));
    expect(pending!.n).toBe(2);

    const claimed = await db.$transaction(async (tx) => {
      await executeStatement(tx, OUTBOX_CLAIM_LOCK);
      return queryRows(tx, OUTBOX_CLAIM, [topic], 10, "shape-test", "1 minute");
    });
    const [first, second] = expectRowShape(OUTBOX_CLAIM, claimed, 2).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(first!.payload).toEqual({});

    expect(await executeStatement(db, OUTBOX_MARK_FAILED, [first!.id], "shape-test", "failed on purpose", 10, 100)).toBe(1);
    expect(await executeStatement(db, OUTBOX_MARK_PROCESSED, [second!.id])).toBe(1);
    // A retention below zero reaches the event just processed.
    expect(await executeStatement(db, OUTBOX_PRUNE_PROCESSED, -60_000, 10)).toBe(1);
    expect(await db.outboxEvent.count({ where: { topic } })).toBe(1);
  });
});
