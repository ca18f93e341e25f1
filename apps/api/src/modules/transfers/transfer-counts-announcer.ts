// Tells a transfer's room its counts after a change. A lone scan is announced at once; under
// a boarding burst the changes of one window share a broadcast, so fifty desks cost a few
// count queries per second instead of one per scan. The counts are read after the changes
// committed, so the last event a screen gets holds the true figures.
import type { TransferCounts } from "@xiezuo/contracts";
import type { Clock } from "../../lib/clock.ts";
import type { Logger } from "../../lib/logger.ts";
import type { TransferLiveEvents } from "../../realtime/live-events.ts";

export const TRANSFER_COUNTS_WINDOW_MS = 500;

export interface TransferCountsAnnouncer {
  /** Call once the change is committed; never throws, never waits. */
  changed(transferId: string): void;
  /** Sends what is due now (tests, shutdown). */
  flushAll(): Promise<void>;
}

export function createTransferCountsAnnouncer(deps: {
  countsOf(transferId: string): Promise<TransferCounts>;
  events: TransferLiveEvents;
  clock: Clock;
  logger: Logger;
  windowMs?: number;
}): TransferCountsAnnouncer {
  const windowMs = deps.windowMs ?? TRANSFER_COUNTS_WINDOW_MS;
  /** When each transfer was last announced: spaces the next broadcast. Forgotten once a window old. */
  const announcedAt = new Map<string, number>();
  const due = new Map<string, NodeJS.Timeout>();
  const sending = new Set<Promise<void>>();

  async function announce(transferId: string): Promise<void> {
    due.delete(transferId);
    announcedAt.set(transferId, Date.now());
    try {
      const counts = await deps.countsOf(transferId);
      deps.events.transferCounts({ transferId, counts, at: deps.clock.now().toISOString() });
    } catch (error) {
      // The change stands; a screen reads GET /api/transfers/:id after reconnecting.
      deps.logger.warn({ err: error, transferId }, "transfer:counts not published");
    }
  }

  function start(transferId: string): void {
    const done = announce(transferId);
    sending.add(done);
    void done.finally(() => sending.delete(done));
  }

  function forgetQuiet(now: number): void {
    for (const [transferId, at] of announcedAt) if (now - at > windowMs && !due.has(transferId)) announcedAt.delete(transferId);
  }

  return {
    changed(transferId) {
      if (due.has(transferId)) return;
      const now = Date.now();
      if (announcedAt.size > 1000) forgetQuiet(now);
      const wait = Math.max(0, (announcedAt.get(transferId) ?? 0) + windowMs - now);
      const timer = setTimeout(() => start(transferId), wait);
      timer.unref();
      due.set(transferId, timer);
    },

    async flushAll() {
      for (const [transferId, timer] of due) {
        clearTimeout(timer);
        start(transferId);
      }
      await Promise.all(sending);
    },
  };
}
