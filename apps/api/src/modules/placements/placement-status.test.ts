import { createSeededRandom } from "@xiezuo/contracts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween } from "../../lib/calendar-dates.ts";
import { computePlacementStatus, type FollowUpFact } from "./placement-status.ts";

const START = "2026-05-20";
const employedOn = (...days: number[]): FollowUpFact[] => days.map((d) => ({ checkedOn: addDays(START, d), employed: true }));

describe("computePlacementStatus — examples", () => {
  it("is ACTIVE with no follow-ups", () => {
    expect(computePlacementStatus({ startedOn: START, followUps: [], stableMonths: 3 })).toEqual({
      status: "ACTIVE",
      stableOn: null,
      endedOn: null,
    });
  });

  it("becomes STABLE on the monthly follow-up that reaches start + 3 months", () => {
    // 2026-05-20 + 3 months = 2026-08-20, 92 days later.
    const result = computePlacementStatus({ startedOn: START, followUps: employedOn(30, 60, 92), stableMonths: 3 });
    expect(result).toEqual({ status: "STABLE", stableOn: "2026-08-20", endedOn: null });
  });

  it("stays ACTIVE one day short of the period", () => {
    expect(computePlacementStatus({ startedOn: START, followUps: employedOn(30, 60, 91), stableMonths: 3 }).status).toBe("ACTIVE");
  });

  it("stays ACTIVE when a single late follow-up leaves months unchecked", () => {
    expect(computePlacementStatus({ startedOn: START, followUps: employedOn(100), stableMonths: 3 }).status).toBe("ACTIVE");
  });

  it("accepts gaps of exactly 45 days but not 46", () => {
    // 45 + 45 + 2 = 92 days = start + 3 months.
    expect(computePlacementStatus({ startedOn: START, followUps: employedOn(45, 90, 92), stableMonths: 3 }).status).toBe("STABLE");
    expect(computePlacementStatus({ startedOn: START, followUps: employedOn(46, 90, 92), stableMonths: 3 }).status).toBe("ACTIVE");
  });

  it("restarts the period after a silence longer than the gap", () => {
    // Silence from day 30 to day 100: the chain restarts on day 100 and needs 3 more months.
    const restart = addDays(START, 100);
    const result = computePlacementStatus({
      startedOn: START,
      followUps: [...employedOn(30, 100, 130, 160), { checkedOn: addMonths(restart, 3), employed: true }],
      stableMonths: 3,
    });
    expect(result).toEqual({ status: "STABLE", stableOn: addMonths(restart, 3), endedOn: null });
    expect(computePlacementStatus({ startedOn: START, followUps: employedOn(30, 100, 130, 160, 190), stableMonths: 3 }).status).toBe(
      "ACTIVE",
    );
  });

  it("ENDS on the first follow-up saying not employed, keeping stableOn as history", () => {
    const followUps = [...employedOn(30, 60, 92), { checkedOn: addDays(START, 120), employed: false }];
    expect(computePlacementStatus({ startedOn: START, followUps, stableMonths: 3 })).toEqual({
      status: "ENDED",
      stableOn: "2026-08-20",
      endedOn: addDays(START, 120),
    });
  });

  it("honours a longer period (6 months) and month-end clamping", () => {
    const startedOn = "2026-01-31";
    const monthly = [1, 2, 3, 4, 5, 6].map((m) => ({ checkedOn: addMonths(startedOn, m), employed: true }));
    expect(monthly.at(0)?.checkedOn).toBe("2026-02-28");
    expect(computePlacementStatus({ startedOn, followUps: monthly, stableMonths: 6 })).toMatchObject({
      status: "STABLE",
      stableOn: "2026-07-31",
    });
    expect(computePlacementStatus({ startedOn, followUps: monthly.slice(0, 5), stableMonths: 6 }).status).toBe("ACTIVE");
  });

  it("ignores follow-ups dated before the start", () => {
    const followUps = [{ checkedOn: addDays(START, -5), employed: false }, ...employedOn(30)];
    expect(computePlacementStatus({ startedOn: START, followUps, stableMonths: 3 }).status).toBe("ACTIVE");
  });
});

const followUpArb = fc.record({ offset: fc.integer({ min: 0, max: 400 }), employed: fc.boolean() });
const caseArb = fc.record({
  startOffset: fc.integer({ min: 0, max: 3000 }),
  stableMonths: fc.integer({ min: 1, max: 12 }),
  followUps: fc.array(followUpArb, { maxLength: 20 }),
});

interface GeneratedCase {
  startOffset: number;
  stableMonths: number;
  followUps: { offset: number; employed: boolean }[];
}

function build(c: GeneratedCase) {
  const startedOn = addDays("2018-01-01", c.startOffset);
  const followUps = c.followUps.map((f) => ({ checkedOn: addDays(startedOn, f.offset), employed: f.employed }));
  return { startedOn, followUps, stableMonths: c.stableMonths };
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = createSeededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("computePlacementStatus — properties", () => {
  it("is never STABLE without an employed follow-up on or after start + N months", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const input = build(c);
        const result = computePlacementStatus(input);
        if (result.stableOn === null) return;
        const threshold = addMonths(input.startedOn, input.stableMonths);
        expect(result.stableOn >= threshold).toBe(true);
        expect(input.followUps.some((f) => f.employed && f.checkedOn === result.stableOn)).toBe(true);
      }),
    );
  });

  it("is ENDED, on the earliest such date, whenever any follow-up says not employed", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const input = build(c);
        const result = computePlacementStatus(input);
        const notEmployed = input.followUps.filter((f) => !f.employed).map((f) => f.checkedOn);
        if (notEmployed.length === 0) {
          expect(result.status).not.toBe("ENDED");
          expect(result.endedOn).toBeNull();
        } else {
          expect(result.status).toBe("ENDED");
          expect(result.endedOn).toBe(notEmployed.sort()[0]);
        }
      }),
    );
  });

  it("does not depend on the order follow-ups were recorded in", () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), (c, seed) => {
        const input = build(c);
        expect(computePlacementStatus({ ...input, followUps: shuffle(input.followUps, seed) })).toEqual(computePlacementStatus(input));
      }),
    );
  });

  it("never loses stability when another employed follow-up is added", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 400 }), (c, extra) => {
        const input = build(c);
        const before = computePlacementStatus(input);
        const after = computePlacementStatus({
          ...input,
          followUps: [...input.followUps, { checkedOn: addDays(input.startedOn, extra), employed: true }],
        });
        if (before.status === "STABLE") expect(after.status).toBe("STABLE");
        if (before.stableOn !== null && after.stableOn !== null) expect(after.stableOn <= before.stableOn).toBe(true);
      }),
    );
  });

  it("is STABLE with employed follow-ups every 30 days through the period", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 12 }), (startOffset, stableMonths) => {
        const startedOn = addDays("2018-01-01", startOffset);
        const threshold = addMonths(startedOn, stableMonths);
        const followUps: FollowUpFact[] = [];
        for (let d = 30; (followUps.at(-1)?.checkedOn ?? startedOn) < threshold; d += 30) {
          followUps.push({ checkedOn: addDays(startedOn, d), employed: true });
        }
        const result = computePlacementStatus({ startedOn, followUps, stableMonths });
        expect(result.status).toBe("STABLE");
        expect(daysBetween(threshold, result.stableOn!)).toBeLessThan(30);
      }),
    );
  });
});
