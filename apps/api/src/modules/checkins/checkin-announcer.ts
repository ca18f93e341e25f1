// Announces new check-ins on the live channel. A quiet fair gets one event per arrival at
// once; under a burst the arrivals of one window go out together, so a fair watched by
// 1,000 screens costs a few broadcasts per second instead of one per arrival, and the
// count query runs once per broadcast instead of once per check-in.
import { MAX_CHECKINS_PER_EVENT } from "@xiezuo/contracts";
import type { Logger } from "../../lib/logger.ts";
import type { LiveEvents } from "../../realtime/live-events.ts";
import type { CheckInRow } from "./checkins.repository.ts";

export const ANNOUNCE_WINDOW_MS = 500;

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
}

export function createCheckInAnnouncer(deps: {
  countCheckIns(fairId: string): Promise<number>;
  events: LiveEvents;
  logger: Logger;
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

  return {
    announce(row) {
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
