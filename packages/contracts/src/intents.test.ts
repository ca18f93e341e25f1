import { describe, expect, it } from "vitest";
import { getAllowedIntentMoves, type IntentStatus, IntentStatusSchema, isIntentMoveAllowed } from "./intents.ts";

const ALL = IntentStatusSchema.options;

describe("intent transitions", () => {
  it("moves forward through the pipeline, skipping allowed, and out to DECLINED / WITHDRAWN", () => {
    expect(getAllowedIntentMoves("INTENDED")).toEqual(["INTERVIEWED", "OFFERED", "HIRED", "DECLINED", "WITHDRAWN"]);
    expect(getAllowedIntentMoves("INTERVIEWED")).toEqual(["OFFERED", "HIRED", "DECLINED", "WITHDRAWN"]);
    expect(getAllowedIntentMoves("OFFERED")).toEqual(["HIRED", "DECLINED", "WITHDRAWN"]);
  });

  it("keeps final statuses final", () => {
    for (const final of ["HIRED", "DECLINED", "WITHDRAWN"] as const) {
      expect(getAllowedIntentMoves(final)).toEqual([]);
      for (const to of ALL) expect(isIntentMoveAllowed(final, to)).toBe(false);
    }
  });

  it("never goes back to an earlier stage, to itself, or to INTENDED", () => {
    const order: IntentStatus[] = ["INTENDED", "INTERVIEWED", "OFFERED", "HIRED"];
    for (const from of ALL) {
      expect(isIntentMoveAllowed(from, from)).toBe(false);
      expect(isIntentMoveAllowed(from, "INTENDED")).toBe(false);
      for (const to of order) {
        if (order.indexOf(to) <= order.indexOf(from)) expect(isIntentMoveAllowed(from, to)).toBe(false);
      }
    }
  });
});
