import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coalesceReads } from "./coalesced-reads.ts";

/** A read whose statements the test finishes by hand; each answers its own number (0, 1, …). */
function manualReads() {
  const started: { key: string; finish: (fail?: boolean) => void }[] = [];
  const read = (key: string) =>
    new Promise<number>((resolve, reject) => {
      const n = started.length;
      started.push({ key, finish: (fail) => (fail ? reject(new Error(`read ${n} failed`)) : resolve(n)) });
    });
  return { started, reads: coalesceReads(read, (key: string) => key) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("coalesced reads", () => {
  it("runs one read per key at a time; who came meanwhile shares the next one, not the running one", async () => {
    const { started, reads } = manualReads();
    const first = reads("fair-a");
    const second = reads("fair-a");
    const third = reads("fair-a");
    expect(started).toHaveLength(1);
    started[0]!.finish();
    expect(await first).toBe(0);
    await tick();
    expect(started).toHaveLength(2);
    started[1]!.finish();
    expect([await second, await third]).toEqual([1, 1]);
    await tick();
    expect(reads.busyKeys()).toBe(0);
  });

  it("reads other keys side by side", async () => {
    const { started, reads } = manualReads();
    const a = reads("fair-a");
    const b = reads("fair-b");
    expect(started.map((s) => s.key)).toEqual(["fair-a", "fair-b"]);
    started[1]!.finish();
    started[0]!.finish();
    expect([await a, await b]).toEqual([0, 1]);
  });

  it("fails the requests a failed read served, then reads afresh", async () => {
    const { started, reads } = manualReads();
    const first = reads("fair-a");
    const second = reads("fair-a");
    started[0]!.finish(true);
    await expect(first).rejects.toThrow("read 0 failed");
    await tick();
    started[1]!.finish(true);
    await expect(second).rejects.toThrow("read 1 failed");
    await tick();
    expect(reads.busyKeys()).toBe(0);
    const third = reads("fair-a");
    started[2]!.finish();
    expect(await third).toBe(2);
  });

  it("turns a read that throws at once into a rejection", async () => {
    const reads = coalesceReads(
      (_key: string): Promise<number> => {
        throw new Error("no pool");
      },
      (key) => key,
    );
    await expect(reads("fair-a")).rejects.toThrow("no pool");
    expect(reads.busyKeys()).toBe(0);
  });

  it("never answers from a read that began before the request (any arrivals and completions)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom("call-a", "call-b", "finish"), { maxLength: 40 }), async (steps) => {
        const { started, reads } = manualReads();
        const answers: { calledAt: number; answer: Promise<number> }[] = [];
        let finished = 0;
        for (const step of steps) {
          if (step === "finish") {
            if (finished < started.length) started[finished++]!.finish();
          } else {
            answers.push({ calledAt: started.length, answer: reads(step) });
          }
          await tick();
          const inFlight = started.slice(finished).map((s) => s.key);
          expect(new Set(inFlight).size).toBe(inFlight.length);
        }
        while (finished < started.length || reads.busyKeys() > 0) {
          if (finished < started.length) started[finished++]!.finish();
          await tick();
        }
        for (const { calledAt, answer } of answers) expect(await answer).toBeGreaterThanOrEqual(calledAt);
        // No more reads than calls.
        expect(started.length).toBeLessThanOrEqual(answers.length);
      }),
      { numRuns: 200 },
    );
  });
});
