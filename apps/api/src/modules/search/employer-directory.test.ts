import { describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { createEmployerDirectory } from "./employer-directory.ts";

describe("employer directory", () => {
  it("loads once, answers longest first, and refreshes in the background when stale", async () => {
    const clock = fixedClock(new Date("2026-05-01T00:00:00Z"));
    const lists = [["重汽", "二机床", "重汽"], ["重汽", "蓝思科技"]];
    let loads = 0;
    const directory = createEmployerDirectory({ load: async () => lists[loads++]!, clock, ttlMs: 1_000 });

    expect(await directory.getAliases()).toEqual(["二机床", "重汽"]);
    expect(await directory.getAliases()).toEqual(["二机床", "重汽"]);
    expect(loads).toBe(1);

    clock.set(new Date("2026-05-01T00:00:02Z"));
    expect(await directory.getAliases()).toEqual(["二机床", "重汽"]);
    await new Promise((r) => setImmediate(r));
    expect(loads).toBe(2);
    expect(await directory.getAliases()).toEqual(["蓝思科技", "重汽"]);
  });

  it("keeps the last good list when a refresh fails, and fails the first load loudly", async () => {
    const clock = fixedClock(new Date("2026-05-01T00:00:00Z"));
    let fail = true;
    const directory = createEmployerDirectory({
      load: async () => {
        if (fail) throw new Error("down");
        return ["浪潮"];
      },
      clock,
      ttlMs: 1_000,
    });
    await expect(directory.getAliases()).rejects.toThrow("down");
    fail = false;
    expect(await directory.getAliases()).toEqual(["浪潮"]);
    fail = true;
    clock.set(new Date("2026-05-01T00:00:05Z"));
    expect(await directory.getAliases()).toEqual(["浪潮"]);
    await new Promise((r) => setImmediate(r));
    expect(await directory.getAliases()).toEqual(["浪潮"]);
  });
});
