import { describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { createEmployerDirectory } from "./employer-directory.ts";

const phrasesIn = async (directory: ReturnType<typeof createEmployerDirectory>, text: string) =>
  (await directory.getNames()).phrases.findAll(text).map((m) => m.phrase);

describe("employer directory", () => {
  it("loads once, and refreshes in the background when stale", async () => {
    const clock = fixedClock(new Date("2026-05-01T00:00:00Z"));
    const lists = [
      ["重汽", "二机床"],
      ["重汽", "蓝思科技"],
    ];
    let loads = 0;
    const directory = createEmployerDirectory({ load: async () => lists[loads++]!, clock, ttlMs: 1_000 });

    expect(await phrasesIn(directory, "二机床 蓝思科技")).toEqual(["二机床"]);
    expect(await phrasesIn(directory, "重汽")).toEqual(["重汽"]);
    expect(loads).toBe(1);

    clock.set(new Date("2026-05-01T00:00:02Z"));
    expect(await phrasesIn(directory, "二机床 蓝思科技")).toEqual(["二机床"]);
    await new Promise((r) => setImmediate(r));
    expect(loads).toBe(2);
    expect(await phrasesIn(directory, "二机床 蓝思科技")).toEqual(["蓝思科技"]);
  });

  it("matches short names the way queries are read: NFKC and lower case", async () => {
    const directory = createEmployerDirectory({ load: async () => ["ＳＭＴ精工"], clock: fixedClock(new Date()) });
    expect(await phrasesIn(directory, "smt精工")).toEqual(["smt精工"]);
  });

  it("knows the short names by sound, and keeps what it built while the list is unchanged", async () => {
    const clock = fixedClock(new Date("2026-05-01T00:00:00Z"));
    const directory = createEmployerDirectory({ load: async () => ["蓝思", "重汽"], clock, ttlMs: 1_000 });
    const first = await directory.getNames();
    expect(first.sounds().byLetters("lansi")).toEqual(["蓝思"]);
    clock.set(new Date("2026-05-01T00:00:05Z"));
    await directory.getNames();
    await new Promise((r) => setImmediate(r));
    expect(await directory.getNames()).toBe(first);
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
    await expect(directory.getNames()).rejects.toThrow("down");
    fail = false;
    expect(await phrasesIn(directory, "浪潮")).toEqual(["浪潮"]);
    fail = true;
    clock.set(new Date("2026-05-01T00:00:05Z"));
    expect(await phrasesIn(directory, "浪潮")).toEqual(["浪潮"]);
    await new Promise((r) => setImmediate(r));
    expect(await phrasesIn(directory, "浪潮")).toEqual(["浪潮"]);
  });
});
