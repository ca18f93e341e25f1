import { describe, expect, it } from "vitest";
import { FAIR_REASON, preferFairPositions } from "./match-fair-preference.ts";
import { WEIGHTS } from "./match-scoring.ts";

const match = (positionId: string, score: number) => ({ positionId, score, reasons: score > 0 ? ["意向城市：济南"] : [] });

describe("preferFairPositions", () => {
  it("adds the fair bonus and its reason only to positions at the seeker's fairs, then re-ranks and cuts", () => {
    const ranked = [match("a", 60), match("b", 50), match("c", 40), match("d", 0)];
    const result = preferFairPositions(ranked, new Set(["c", "d"]), 3);
    expect(result.map((m) => [m.positionId, m.score])).toEqual([
      ["c", 40 + WEIGHTS.fair],
      ["a", 60],
      ["b", 50],
    ]);
    expect(result[0]!.reasons).toEqual([FAIR_REASON, "意向城市：济南"]);
    expect(result[1]!.reasons).not.toContain(FAIR_REASON);
  });

  it("leaves the order alone when no position is at the seeker's fairs", () => {
    const ranked = [match("a", 60), match("b", 50)];
    expect(preferFairPositions(ranked, new Set(), 10)).toEqual(ranked);
  });
});
