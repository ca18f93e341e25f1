import { describe, expect, it } from "vitest";
import { describePovertyBars, getPovertyBars } from "./poverty-bars.ts";

const counts = { REGISTERED_POOR: 10, LIFTED: 20, MONITORED: 4, NONE: 6 };

describe("bars by household category", () => {
  it("uses the staff's words, the policy's order, and scales to the largest group", () => {
    const bars = getPovertyBars(counts);
    expect(bars.map((b) => [b.label, b.value, b.widthPercent, b.shareText])).toEqual([
      ["建档立卡户", 10, 50, "25%"],
      ["脱贫户", 20, 100, "50%"],
      ["防返贫监测户", 4, 20, "10%"],
      ["一般户", 6, 30, "15%"],
    ]);
    expect(describePovertyBars("转移就业人数", bars)).toBe(
      "转移就业人数按家庭类别：建档立卡户 10 人，脱贫户 20 人，防返贫监测户 4 人，一般户 6 人。",
    );
  });

  it("draws nothing for nobody", () => {
    const bars = getPovertyBars({ REGISTERED_POOR: 0, LIFTED: 0, MONITORED: 0, NONE: 0 });
    expect(bars.every((b) => b.widthPercent === 0 && b.shareText === "—")).toBe(true);
  });
});
