// The outbox_events table. Rows are written inside the transaction of the change they
// describe (enqueue) and claimed by any API process with a lease, so a crashed process's
// claims simply expire. Every time is the database's now(): one clock for all processes.
// Nothing else writes outbox_events: enqueue() and, for a raw pg transaction, enqueueOnClient().
import type { Db, Prisma } from "../../lib/prisma.ts";
import { executeStatement, type PgQueryable, queryOnClient, queryRows, type RowOf } from "../../lib/sql-statement.ts";
import { OUTBOX_CLAIM } from "./sql/outbox-claim.sql.ts";
import { OUTBOX_CLAIM_LOCK } from "./sql/outbox-claim-lock.sql.ts";
import { OUTBOX_COUNT_PENDING } from "./sql/outbox-count-pending.sql.ts";
import { OUTBOX_INSERT_FOR_AGGREGATES } from "./sql/outbox-insert-for-aggregates.sql.ts";
import { OUTBOX_LAST_ID } from "./sql/outbox-last-id.sql.ts";
import { OUTBOX_MARK_FAILED } from "./sql/outbox-mark-failed.sql.ts";
import { OUTBOX_MARK_PROCESSED } from "./sql/outbox-mark-processed.sql.ts";
import { OUTBOX_NOTIFY } from "./sql/outbox-notify.sql.ts";
import { OUTBOX_PRUNE_PROCESSED } from "./sql/outbox-prune-processed.sql.ts";
import { prismaOf, runUnitOfWork, type UnitOfWork } from "./unit-of-work.repository.ts";

/** Channel NOTIFYed at commit so idle relays wake at once instead of at their next poll. */
export const OUTBOX_CHANNEL = "outbox_events";

export interface OutboxMessage {
  topic: string;
  aggregateId: string;
  payload?: Prisma.InputJsonValue;
}

export type OutboxEvent = RowOf<typeof OUTBOX_CLAIM>;

/** Writes events in the caller's unit of work: they exist exactly when the change commits. */
export async function enqueue(work: UnitOfWork, messages: OutboxMessage | OutboxMessage[]): Promise<void> {
  const list = Array.isArray(messages) ? messages : [messages];
  if (list.length === 0) return;
  const tx = prismaOf(work);
  await tx.outboxEvent.createMany({
    data: list.map((m) => ({ topic: m.topic, aggregateId: m.aggregateId, payload: m.payload ?? {} })),
  });
  await executeStatement(tx, OUTBOX_NOTIFY, OUTBOX_CHANNEL);
}

/**
 * The same events as enqueue(), for code that runs its own transaction on a raw pg client
 * (bulk imports): written in that transaction, then NOTIFY at its commit.
 */
export async function enqueueOnClient(client: PgQueryable, topic: string, aggregateIds: readonly string[]): Promise<void> {
  if (aggregateIds.length === 0) return;
  await queryOnClient(client, OUTBOX_INSERT_FOR_AGGREGATES, topic, [...aggregateIds]);
  await queryOnClient(client, OUTBOX_NOTIFY, OUTBOX_CHANNEL);
}

export function createOutboxRepository(db: Db) {
  return {
    /**
     * Claims up to `limit` ready events of the given topics for `leaseMs`. Events of an
     * aggregate that another live claim holds are left alone, so a handler that loads
     * current state never races an older read of the same aggregate in another process.
     */
    async claim(input: { topics: string[]; instanceId: string; limit: number; leaseMs: number }): Promise<OutboxEvent[]> {
      const lease = `${input.leaseMs} milliseconds`;
      // The lock comes first, in its own statement, so the claim's snapshot sees every
      // claim committed before it (READ COMMITTED takes a snapshot per statement).
      const rows = await db.$transaction(
        async (tx) => {
          await executeStatement(tx, OUTBOX_CLAIM_LOCK);
          return queryRows(tx, OUTBOX_CLAIM, input.topics, input.limit, input.instanceId, lease);
        },
        // A loaded machine may be slow to hand out a connection; the claim itself is short.
        { maxWait: 10_000, timeout: 15_000 },
      );
      return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
    },

    async markProcessed(ids: bigint[]): Promise<void> {
      if (ids.length === 0) return;
      await executeStatement(db, OUTBOX_MARK_PROCESSED, ids);
    },

    /** Releases the claim and reschedules with exponential backoff (capped). */
    async markFailed(input: { ids: bigint[]; instanceId: string; error: string; baseDelayMs: number; maxDelayMs: number }) {
      if (input.ids.length === 0) return;
      await executeStatement(
        db,
        OUTBOX_MARK_FAILED,
        input.ids,
        input.instanceId,
        input.error.slice(0, 1000),
        input.baseDelayMs,
        input.maxDelayMs,
      );
    },

    /** Deletes processed events older than the retention, a bounded chunk at a time. */
    async pruneProcessed(retentionMs: number, chunk = 5_000): Promise<number> {
      return executeStatement(db, OUTBOX_PRUNE_PROCESSED, retentionMs, chunk);
    },

    /**
     * Queues one event per aggregate (in batches, each in its own transaction: nothing here
     * is half of a business change) and returns the id of the last, to wait on with countPending.
     */
    async enqueueMany(topic: string, aggregateIds: readonly string[], batch = 5_000): Promise<bigint | null> {
      let last: bigint | null = null;
      for (let i = 0; i < aggregateIds.length; i += batch) {
        const ids = aggregateIds.slice(i, i + batch);
        last = await runUnitOfWork(db, async (work, tx) => {
          await enqueue(
            work,
            ids.map((aggregateId) => ({ topic, aggregateId })),
          );
          const [row] = await queryRows(tx, OUTBOX_LAST_ID, topic, ids);
          return row!.last;
        });
      }
      return last;
    },

    /** Events of `topic` up to `upToId` not processed yet. */
    async countPending(topic: string, upToId: bigint): Promise<number> {
      const [row] = await queryRows(db, OUTBOX_COUNT_PENDING, topic, upToId);
      return row!.n;
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
