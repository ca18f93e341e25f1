import type { CheckInCreatedEvent } from "@xiezuo/contracts";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../lib/logger.ts";
import { createCheckInAnnouncer } from "./checkin-announcer.ts";
import type { CheckInRow } from "./checkins.repository.ts";

const FAIR = "0b7e9d4c-1f2a-4c3b-9d8e-7f6a5b4c3d2e";
let serial = 0;
const row = (fairId = FAIR): CheckInRow => {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, "0")}`,
    fairId,
    seekerId: "6f1c2a0e-8b7d-4e5f-a1b2-c3d4e5f60718",
    at: new Date(Date.now() + serial),
  };
};

/** A fake count that returns how many rows were announced so far, like the table would. */
function setup(options: { failCount?: boolean; overdue?: CheckInRow[] } = {}) {
  const events: CheckInCreatedEvent[] = [];
  const announcedIds: string[] = [];
  const overdue = [...(options.overdue ?? [])];
  let committed = 0;
  const announcer = createCheckInAnnouncer({
    countCheckIns: async () => {
      if (options.failCount) throw new Error("database unavailable");
      return committed;
    },
    events: { checkInCreated: (e) => events.push(e), intentCreated: () => {} },
    logger: createLogger("silent"),
    pending: {
      announced: async (ids) => void announcedIds.push(...ids),
      claimOverdueAnnouncements: async (limit) => overdue.splice(0, limit),
    },
    windowMs: 100,
  });
  const announce = (r: CheckInRow) => {
    committed += 1;
    announcer.announce(r);
    return r;
  };
  return { events, announcer, announce, announcedIds };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("check-in announcer", () => {
  it("announces a lone arrival at once", async () => {
    const { events, announce } = setup();
    const r = announce(row());
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([{ fairId: FAIR, checkInId: r.id, at: r.at.toISOString(), checkIns: 1, arrivals: 1, checkInIds: [r.id] }]);
  });

  it("groups a burst into one event per window, each arrival exactly once, with the count after them", async () => {
    const { events, announce } = setup();
    const first = announce(row());
    await vi.advanceTimersByTimeAsync(0);
    const burst = Array.from({ length: 30 }, () => announce(row()));
    await vi.advanceTimersByTimeAsync(99);
    expect(events).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ arrivals: 30, checkIns: 31, checkInId: burst.at(-1)!.id });
    expect(events.flatMap((e) => e.checkInIds)).toEqual([first, ...burst].map((r) => r.id));
  });

  it("splits a large window into events of at most 500 ids", async () => {
    const { events, announce } = setup();
    announce(row());
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 1100; i++) announce(row());
    await vi.advanceTimersByTimeAsync(100);
    expect(events.map((e) => e.arrivals)).toEqual([1, 500, 500, 100]);
    expect(new Set(events.flatMap((e) => e.checkInIds)).size).toBe(1101);
  });

  it("keeps fairs apart", async () => {
    const { events, announce } = setup();
    const other = "6f1c2a0e-8b7d-4e5f-a1b2-c3d4e5f60718";
    announce(row());
    announce(row(other));
    await vi.advanceTimersByTimeAsync(0);
    expect(events.map((e) => e.fairId).sort()).toEqual([FAIR, other].sort());
  });

  it("flushAll sends what waits without the window; a failing count is logged, not thrown", async () => {
    const { events, announcer, announce } = setup();
    announce(row());
    await vi.advanceTimersByTimeAsync(0);
    announce(row());
    await announcer.flushAll();
    expect(events).toHaveLength(2);

    const failing = setup({ failCount: true });
    failing.announce(row());
    await expect(failing.announcer.flushAll()).resolves.toBeUndefined();
    expect(failing.events).toEqual([]);
  });

  it("marks what it broadcast as announced, and not what it could not", async () => {
    const { announce, announcedIds } = setup();
    const r = announce(row());
    await vi.advanceTimersByTimeAsync(0);
    expect(announcedIds).toEqual([r.id]);

    const failing = setup({ failCount: true });
    failing.announce(row());
    await failing.announcer.flushAll();
    expect(failing.announcedIds).toEqual([]);
  });

  it("announces the overdue check-ins of a lost process when it sweeps, then every interval", async () => {
    const lost = [row(), row()];
    const { events, announcer, announcedIds } = setup({ overdue: lost });
    const stop = announcer.sweepEvery(1_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(events.flatMap((e) => e.checkInIds)).toEqual(lost.map((r) => r.id));
    expect(announcedIds).toEqual(lost.map((r) => r.id));
    stop();
  });
});
