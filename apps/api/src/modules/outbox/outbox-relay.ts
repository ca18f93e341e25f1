// Delivers outbox events to their topic handlers, in any number of API processes at once.
// Claims are leases in PostgreSQL (see outbox.repository.ts); a failed batch is released
// and retried with capped exponential backoff; idle relays poll and also wake on NOTIFY.
import type { Logger } from "../../lib/logger.ts";
import type { Db } from "../../lib/prisma.ts";
import { createOutboxRepository, type OutboxEvent } from "./outbox.repository.ts";
import { listenForOutbox } from "./outbox-listener.ts";

/**
 * Receives every claimed event of its topic in a batch, with the distinct aggregate ids
 * (many events of one aggregate arrive as one id). Must be idempotent: events are
 * delivered at least once and a batch may be retried.
 */
export type OutboxHandler = (batch: { topic: string; aggregateIds: string[]; events: OutboxEvent[] }) => Promise<void>;

export interface OutboxRelayOptions {
  db: Db;
  handlers: Record<string, OutboxHandler>;
  logger: Logger;
  /** Written to claimedBy: which process holds a claim. */
  instanceId: string;
  /** When given, the relay LISTENs on a connection of its own and wakes on each commit. */
  databaseUrl?: string;
  pollMs?: number;
  batchSize?: number;
  /** How long a claim lasts; a crashed process's claims are free again after it. */
  leaseMs?: number;
  backoff?: { baseMs: number; maxMs: number };
  /** Processed events are kept this long (for diagnosis and rebuild catch-up), then deleted. */
  retentionMs?: number;
}

export interface DrainResult {
  claimed: number;
  failed: number;
}

export interface OutboxRelay {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Claims and handles one batch now (also usable without start(), e.g. by the reindex command). */
  drainOnce(): Promise<DrainResult>;
}

const PRUNE_EVERY_MS = 10 * 60_000;

export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { handlers, logger, instanceId } = options;
  const repo = createOutboxRepository(options.db);
  const topics = Object.keys(handlers);
  const pollMs = options.pollMs ?? 200;
  const batchSize = options.batchSize ?? 200;
  const leaseMs = options.leaseMs ?? 60_000;
  const backoff = options.backoff ?? { baseMs: 250, maxMs: 30_000 };
  const retentionMs = options.retentionMs ?? 3 * 24 * 3_600_000;
  const log = logger.child({ component: "outbox-relay", instanceId });

  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  /** A NOTIFY that arrived while draining: the next pause returns at once. */
  let notified = false;
  let stopListening: (() => Promise<void>) | null = null;
  let lastPrune = 0;

  async function handleTopic(topic: string, events: OutboxEvent[]): Promise<boolean> {
    const handler = handlers[topic]!;
    const aggregateIds = [...new Set(events.map((e) => e.aggregateId))];
    const ids = events.map((e) => e.id);
    try {
      await handler({ topic, aggregateIds, events });
      await repo.markProcessed(ids);
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const attempts = Math.max(...events.map((e) => e.attempts)) + 1;
      log.warn({ topic, events: ids.length, attempts, err: message }, "outbox handler failed; will retry");
      await repo.markFailed({ ids, instanceId, error: message, baseDelayMs: backoff.baseMs, maxDelayMs: backoff.maxMs });
      return false;
    }
  }

  async function drainOnce(): Promise<DrainResult> {
    if (topics.length === 0) return { claimed: 0, failed: 0 };
    const events = await repo.claim({ topics, instanceId, limit: batchSize, leaseMs });
    const byTopic = new Map<string, OutboxEvent[]>();
    for (const event of events) byTopic.set(event.topic, [...(byTopic.get(event.topic) ?? []), event]);
    let failed = 0;
    for (const [topic, list] of byTopic) {
      if (!(await handleTopic(topic, list))) failed += list.length;
    }
    return { claimed: events.length, failed };
  }

  function notify(): void {
    notified = true;
    wake?.();
  }

  function pause(ms: number): Promise<void> {
    if (notified) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  }

  async function pruneIfDue(): Promise<void> {
    if (Date.now() - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = Date.now();
    const deleted = await repo.pruneProcessed(retentionMs);
    if (deleted > 0) log.info({ deleted }, "pruned processed outbox events");
  }

  async function run(): Promise<void> {
    let errors = 0;
    while (running) {
      let claimed = 0;
      notified = false;
      try {
        ({ claimed } = await drainOnce());
        await pruneIfDue();
        errors = 0;
      } catch (error) {
        // The database is unreachable or overloaded: slow down, keep trying; shout only if it lasts.
        errors += 1;
        const entry = { err: error instanceof Error ? error.message : String(error), errors };
        if (errors >= 5) log.error(entry, "outbox relay cannot claim events");
        else log.warn(entry, "outbox relay could not claim events; retrying");
      }
      if (!running) break;
      if (claimed >= batchSize) continue;
      await pause(errors > 0 ? Math.min(pollMs * 2 ** errors, 5_000) : pollMs);
    }
  }

  return {
    async start() {
      if (running) return;
      running = true;
      if (options.databaseUrl) {
        stopListening = await listenForOutbox({ databaseUrl: options.databaseUrl, logger: log, onNotify: notify });
      }
      loop = run();
    },

    async stop() {
      running = false;
      notify();
      await loop;
      loop = null;
      await stopListening?.();
      stopListening = null;
    },

    drainOnce,
  };
}
