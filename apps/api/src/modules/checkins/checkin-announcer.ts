// Announces new check-ins on the live channel. A quiet fair gets one event per arrival at
// once; under a burst the arrivals of one window go out together, so a fair watched by
// 1,000 screens costs a few broadcasts per second instead of one per arrival, and the
// count query runs once per broadcast instead of once per check-in.
import { MAX_CHECKINS_PER_EVENT } from "@xiezuo/contracts";
import type { Logger } from "../../lib/logger.ts";
import type { LiveEvents } from "../../realtime/live-events.ts";
import type { CheckInRow } from "./checkins.repository.ts";

export const ANNOUNCE_WINDOW_MS = 500;
/**
 * A check-in not announced this long after it was stored belonged to a process that died
 * first (check_in_announcements): any process sweeping then announces it. Well beyond one
 * window, so that a live process is never second-guessed.
 */
export const ANNOUNCE_OVERDUE_MS = 5_000;
const SWEEP_BATCH = 500;
/** How often each process with sockets looks for overdue announcements (one indexed probe of a tiny table). */
export const CHECK_IN_SWEEP_MS = 1_000;

interface FairQueue {
  pending: CheckInRow[];
  timer: NodeJS.Timeout | null;
  lastFlushAt: number;
}

export interface CheckInAnnouncer {
  /** Call once the check-in is committed; never throws, never waits. */
  announce(row: CheckInRow): void;
  /** Sends whatever is waiting now (tests, shutdown). */
  flushAll(): Promise<void>;
  /** Announces overdue check-ins of lost processes, now and every `intervalMs`; returns the stop. */
  sweepEvery(intervalMs: number): () => void;
}

/** Where pending announcements are kept across processes (the check-ins repository). */
export interface PendingAnnouncements {
  announced(checkInIds: string[]): Promise<void>;
  claimOverdueAnnouncements(limit: number): Promise<CheckInRow[]>;
}

export function createCheckInAnnouncer(deps: {
  countCheckIns(fairId: string): Promise<number>;
  events: LiveEvents;
  logger: Logger;
  pending: PendingAnnouncements;
  windowMs?: number;
}): CheckInAnnouncer {
  const windowMs = deps.windowMs ?? ANNOUNCE_WINDOW_MS;
  // One small entry per fair that had arrivals in this process: it keeps the time of the
  // last broadcast, which is what spaces the next one.
  const queues = new Map<string, FairQueue>();
  const inFlight = new Set<Promise<void>>();

  async function flush(fairId: string, queue: FairQueue): Promise<void> {
    queue.timer = null;
    queue.lastFlushAt = Date.now();
    const rows = queue.pending.splice(0);
    if (rows.length === 0) return;
    try {
      // Counted after every announced row committed: the largest figure a screen sees is the true total.
      const checkIns = await deps.countCheckIns(fairId);
      for (let start = 0; start < rows.length; start += MAX_CHECKINS_PER_EVENT) {
        const part = rows.slice(start, start + MAX_CHECKINS_PER_EVENT);
        const latest = part.reduce((a, b) => (b.at > a.at ? b : a));
        deps.events.checkInCreated({
          fairId,
          checkInId: latest.id,
          at: latest.at.toISOString(),
          checkIns,
          arrivals: part.length,
          checkInIds: part.map((r) => r.id),
        });
      }
      await deps.pending.announced(rows.map((r) => r.id));
    } catch (error) {
      // The check-ins stand; screens catch up from the timeline.
      deps.logger.warn({ err: error, fairId, arrivals: rows.length }, "checkin:created not published");
    }
  }

  function run(fairId: string, queue: FairQueue): void {
    const done = flush(fairId, queue);
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  }

  function announce(row: CheckInRow): void {
    let queue = queues.get(row.fairId);
    if (!queue) {
      queue = { pending: [], timer: null, lastFlushAt: 0 };
      queues.set(row.fairId, queue);
    }
    queue.pending.push(row);
    if (queue.timer) return;
    const due = Math.max(0, queue.lastFlushAt + windowMs - Date.now());
    const q = queue;
    q.timer = setTimeout(() => run(row.fairId, q), due);
    q.timer.unref();
  }

  async function sweep(): Promise<void> {
    try {
      const overdue = await deps.pending.claimOverdueAnnouncements(SWEEP_BATCH);
      for (const row of overdue) announce(row);
      if (overdue.length > 0) deps.logger.warn({ checkIns: overdue.length }, "announcing check-ins a lost process had not announced");
    } catch (error) {
      deps.logger.warn({ err: error }, "overdue check-in announcements not swept");
    }
  }

  return {
    announce,

    sweepEvery(intervalMs) {
      let sweeping: Promise<void> | null = null;
      const tick = () => {
        if (!sweeping) sweeping = sweep().finally(() => (sweeping = null));
      };
      tick();
      const timer = setInterval(tick, intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },

    async flushAll() {
      for (const [fairId, queue] of queues) {
        if (queue.timer) clearTimeout(queue.timer);
        run(fairId, queue);
      }
      await Promise.all(inFlight);
    },
  };
}
