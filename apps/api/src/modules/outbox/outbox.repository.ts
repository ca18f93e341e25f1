// The outbox_events table. Rows are written inside the transaction of the change they
// describe (enqueue) and claimed by any API process with a lease, so a crashed process's
// claims simply expire. Every time is the database's now(): one clock for all processes.
import type { Db, Prisma } from "../../lib/prisma.ts";

/** Channel NOTIFYed at commit so idle relays wake at once instead of at their next poll. */
export const OUTBOX_CHANNEL = "outbox_events";

/** Serialises claims across processes, so one aggregate is never in two live claims. */
const CLAIM_LOCK_KEY = 7_261_301;

export type Tx = Prisma.TransactionClient;

export interface OutboxMessage {
  topic: string;
  aggregateId: string;
  payload?: Prisma.InputJsonValue;
}

export interface OutboxEvent {
  id: bigint;
  topic: string;
  aggregateId: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
}

/** Writes events in the caller's transaction: they exist exactly when the change commits. */
export async function enqueue(tx: Tx, messages: OutboxMessage | OutboxMessage[]): Promise<void> {
  const list = Array.isArray(messages) ? messages : [messages];
  if (list.length === 0) return;
  await tx.outboxEvent.createMany({
    data: list.map((m) => ({ topic: m.topic, aggregateId: m.aggregateId, payload: m.payload ?? {} })),
  });
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
}

/**
 * The same events as enqueue(), for code that runs its own transaction on a raw pg client
 * (bulk imports): written in that transaction, then NOTIFY at its commit.
 */
export async function enqueueOnClient(
  client: { query(text: string, values?: unknown[]): Promise<unknown> },
  topic: string,
  aggregateIds: readonly string[],
): Promise<void> {
  if (aggregateIds.length === 0) return;
  await client.query(`INSERT INTO outbox_events (topic, "aggregateId", payload) SELECT $1, id, '{}'::jsonb FROM unnest($2::text[]) AS id`, [
    topic,
    [...aggregateIds],
  ]);
  await client.query("SELECT pg_notify($1, '')", [OUTBOX_CHANNEL]);
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
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CLAIM_LOCK_KEY})`;
          return tx.$queryRaw<OutboxEvent[]>`
          WITH ready AS (
            SELECT e.id FROM outbox_events e
            WHERE e."processedAt" IS NULL
              AND e.topic = ANY(${input.topics})
              AND e."availableAt" <= now()
              AND (e."claimedUntil" IS NULL OR e."claimedUntil" < now())
              AND NOT EXISTS (
                SELECT 1 FROM outbox_events o
                WHERE o."processedAt" IS NULL AND o."claimedUntil" >= now()
                  AND o.topic = e.topic AND o."aggregateId" = e."aggregateId")
            ORDER BY e.id
            LIMIT ${input.limit}
            FOR UPDATE SKIP LOCKED
          )
          UPDATE outbox_events SET "claimedBy" = ${input.instanceId}, "claimedUntil" = now() + ${lease}::interval
          FROM ready WHERE outbox_events.id = ready.id
          RETURNING outbox_events.id, outbox_events.topic, outbox_events."aggregateId", outbox_events.payload,
                    outbox_events.attempts, outbox_events."createdAt"`;
        },
        // A loaded machine may be slow to hand out a connection; the claim itself is short.
        { maxWait: 10_000, timeout: 15_000 },
      );
      return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
    },

    async markProcessed(ids: bigint[]): Promise<void> {
      if (ids.length === 0) return;
      await db.$executeRaw`
        UPDATE outbox_events SET "processedAt" = now(), "claimedUntil" = NULL, "lastError" = NULL
        WHERE id = ANY(${ids}::bigint[]) AND "processedAt" IS NULL`;
    },

    /** Releases the claim and reschedules with exponential backoff (capped). */
    async markFailed(input: { ids: bigint[]; instanceId: string; error: string; baseDelayMs: number; maxDelayMs: number }) {
      if (input.ids.length === 0) return;
      await db.$executeRaw`
        UPDATE outbox_events SET
          attempts = attempts + 1,
          "lastError" = ${input.error.slice(0, 1000)},
          "claimedBy" = NULL,
          "claimedUntil" = NULL,
          "availableAt" = now() + least(${input.maxDelayMs}::float8, ${input.baseDelayMs}::float8 * power(2, least(attempts, 20)))
                                  * interval '1 millisecond'
        WHERE id = ANY(${input.ids}::bigint[]) AND "processedAt" IS NULL AND "claimedBy" = ${input.instanceId}`;
    },

    /** Deletes processed events older than the retention, a bounded chunk at a time. */
    async pruneProcessed(retentionMs: number, chunk = 5_000): Promise<number> {
      return db.$executeRaw`
        DELETE FROM outbox_events WHERE id IN (
          SELECT id FROM outbox_events
          WHERE "processedAt" < now() - ${retentionMs}::float8 * interval '1 millisecond'
          ORDER BY id LIMIT ${chunk})`;
    },

    /**
     * Queues one event per aggregate (in batches, each in its own transaction: nothing here
     * is half of a business change) and returns the id of the last, to wait on with countPending.
     */
    async enqueueMany(topic: string, aggregateIds: readonly string[], batch = 5_000): Promise<bigint | null> {
      let last: bigint | null = null;
      for (let i = 0; i < aggregateIds.length; i += batch) {
        const ids = aggregateIds.slice(i, i + batch);
        last = await db.$transaction(async (tx) => {
          await enqueue(
            tx,
            ids.map((aggregateId) => ({ topic, aggregateId })),
          );
          const [row] = await tx.$queryRaw<{ last: bigint }[]>`
            SELECT max(id) AS last FROM outbox_events WHERE topic = ${topic} AND "aggregateId" = ANY(${ids})`;
          return row!.last;
        });
      }
      return last;
    },

    /** Events of `topic` up to `upToId` not processed yet. */
    async countPending(topic: string, upToId: bigint): Promise<number> {
      const [row] = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM outbox_events WHERE topic = ${topic} AND id <= ${upToId} AND "processedAt" IS NULL`;
      return row!.n;
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
