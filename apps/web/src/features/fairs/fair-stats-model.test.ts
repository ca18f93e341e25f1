import { describe, expect, it } from "vitest";
import { getConversion } from "./fair-stats-model.ts";

// The Guzhang fair of May 2017: 900 seekers checked in, 290 reached an intent, 70 of them
// from registered poor households (the other splits are illustrative).
const guzhang = {
  checkIns: 900,
  seekersWithIntent: 290,
  seekersWithIntentByPovertyStatus: { REGISTERED_POOR: 70, LIFTED: 40, MONITORED: 10, NONE: 170 },
};

describe("getConversion", () => {
  it("gives the share of checked-in seekers who reached an intent", () => {
    expect(getConversion(guzhang)).toMatchObject({ rateText: "32.2%" });
    expect(getConversion(guzhang).widthPercent).toBeCloseTo(32.22, 1);
  });

  it("has no rate before check-in", () => {
    expect(getConversion({ checkIns: 0, seekersWithIntent: 0 })).toMatchObject({ rate: null, rateText: "—", widthPercent: 0 });
  });

  it("caps the bar at full width", () => {
    expect(getConversion({ checkIns: 2, seekersWithIntent: 3 }).widthPercent).toBe(100);
  });
});
