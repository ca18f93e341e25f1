import { describe, expect, it } from "vitest";
import { describePovertyBars, getConversion, getPovertyBars } from "./fair-stats-model.ts";

// The Guzhang fair of May 2017: 900 seekers checked in, 290 reached an intent, 70 of them
// from registered poor households (the other splits are illustrative).
const guzhang = {
  checkIns: 900,
  seekersWithIntent: 290,
  seekersWithIntentByPovertyStatus: { REGISTERED_POOR: 70, LIFTED: 40, MONITORED: 10, NONE: 170 },
};

describe("getPovertyBars", () => {
  it("lists household groups in policy order with shares of the total", () => {
    const bars = getPovertyBars(guzhang);
    expect(bars.map((bar) => bar.label)).toEqual(["建档立卡户", "脱贫户", "防返贫监测户", "一般户"]);
    expect(bars[0]).toMatchObject({ status: "REGISTERED_POOR", value: 70, shareText: "24.1%" });
  });

  it("scales bars to the largest group", () => {
    const bars = getPovertyBars(guzhang);
    expect(bars[3]?.widthPercent).toBe(100);
    expect(bars[0]?.widthPercent).toBeCloseTo((70 / 170) * 100);
  });

  it("draws empty bars before any intent", () => {
    const bars = getPovertyBars({
      seekersWithIntentByPovertyStatus: { REGISTERED_POOR: 0, LIFTED: 0, MONITORED: 0, NONE: 0 },
    });
    expect(bars.every((bar) => bar.widthPercent === 0 && bar.shareText === "—")).toBe(true);
  });

  it("has a text alternative", () => {
    expect(describePovertyBars(getPovertyBars(guzhang))).toBe(
      "达成意向人数按家庭类别：建档立卡户 70 人，脱贫户 40 人，防返贫监测户 10 人，一般户 170 人。",
    );
  });
});

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
