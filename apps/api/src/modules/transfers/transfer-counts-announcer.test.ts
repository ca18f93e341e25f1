import type { TransferCounts, TransferCountsEvent } from "@xiezuo/contracts";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { systemClock } from "../../lib/clock.ts";
import { createLogger } from "../../lib/logger.ts";
import { createTransferCountsAnnouncer } from "./transfer-counts-announcer.ts";

const BUS = "0b7e9d4c-1f2a-4c3b-9d8e-7f6a5b4c3d2e";
const OTHER_BUS = "6f1c2a0e-8b7d-4e5f-a1b2-c3d4e5f60718";

/** Boarded people per transfer, as the table would count them when the query runs. */
function setup(options: { failCount?: boolean } = {}) {
  const boarded = new Map<string, number>();
  const events: TransferCountsEvent[] = [];
  const announcer = createTransferCountsAnnouncer({
    countsOf: async (transferId): Promise<TransferCounts> => {
      if (options.failCount) throw new Error("database unavailable");
      return { listed: 0, boarded: boarded.get(transferId) ?? 0, arrived: 0, noShow: 0, exceptions: 0 };
    },
    events: { transferCounts: (e) => events.push(e) },
    clock: systemClock,
    logger: createLogger("silent"),
    windowMs: 100,
  });
  const board = (transferId = BUS) => {
    boarded.set(transferId, (boarded.get(transferId) ?? 0) + 1);
    announcer.changed(transferId);
  };
  return { events, announcer, board };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("transfer counts announcer", () => {
  it("announces a lone change at once", async () => {
    const { events, board } = setup();
    board();
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([{ transferId: BUS, counts: expect.objectContaining({ boarded: 1 }), at: expect.any(String) }]);
  });

  it("announces a burst once per window, with the counts after the last change", async () => {
    const { events, board } = setup();
    board();
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 30; i++) board();
    await vi.advanceTimersByTimeAsync(50);
    expect(events).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60);
    expect(events.map((e) => e.counts.boarded)).toEqual([1, 31]);
  });

  it("keeps transfers apart, and flushAll sends what is waiting", async () => {
    const { events, announcer, board } = setup();
    board(BUS);
    board(OTHER_BUS);
    await vi.advanceTimersByTimeAsync(0);
    board(BUS);
    await announcer.flushAll();
    expect(events.map((e) => [e.transferId, e.counts.boarded])).toEqual([
      [BUS, 1],
      [OTHER_BUS, 1],
      [BUS, 2],
    ]);
  });

  it("survives a failing count: the change stands, nothing is sent", async () => {
    const { events, board } = setup({ failCount: true });
    board();
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([]);
  });
});
