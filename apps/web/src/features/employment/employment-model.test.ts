import { describe, expect, it } from "vitest";
import {
  describeEmployedShare,
  describeHistory,
  formatMonthLabel,
  formatMonthLong,
  getStackedBars,
  isAxisLabelShown,
} from "./employment-model.ts";

const month = (m: string, outOfProvince: number, inProvince: number, inCounty: number, notEmployed: number) => ({
  month: m,
  workers: outOfProvince + inProvince + inCounty + notEmployed,
  outOfProvince,
  inProvince,
  inCounty,
  notEmployed,
});

describe("employment model", () => {
  it("names months short on the axis, with the year on January", () => {
    expect(formatMonthLabel("2026-12")).toBe("12月");
    expect(formatMonthLabel("2027-01")).toBe("2027年1月");
    expect(formatMonthLong("2026-03")).toBe("2026年3月");
    expect([0, 1, 10, 11].map((i) => isAxisLabelShown(i, 12))).toEqual([false, true, false, true]);
    expect(isAxisLabelShown(0, 6)).toBe(true);
  });

  it("stacks out of province at the bottom up to not employed, scaled to the tallest month", () => {
    const [first, second] = getStackedBars([month("2026-11", 10, 5, 5, 0), month("2026-12", 4, 2, 2, 2)], 200);
    expect(first!.segments.map((s) => [s.place, s.bottom, s.length])).toEqual([
      ["outOfProvince", 0, 100],
      ["inProvince", 100, 50],
      ["inCounty", 150, 50],
      ["notEmployed", 200, 0],
    ]);
    expect(second!.segments.reduce((sum, s) => sum + s.length, 0)).toBe(100);
    expect(second!.label).toBe("12月");
  });

  it("draws nothing for an empty region instead of dividing by zero", () => {
    const [bar] = getStackedBars([month("2026-12", 0, 0, 0, 0)], 200);
    expect(bar!.segments.every((s) => s.length === 0 && Number.isFinite(s.bottom))).toBe(true);
    expect(describeEmployedShare(month("2026-12", 0, 0, 0, 0))).toBe("—");
  });

  it("tells screen readers the span and the latest split", () => {
    const text = describeHistory([month("2026-01", 1, 0, 0, 1), month("2026-12", 2, 1, 0, 1)]);
    expect(text).toContain("2026年1月至2026年12月");
    expect(text).toContain("劳动力 4 人");
    expect(text).toContain("省外 2 人（50%）");
    expect(describeHistory([])).toBe("没有务工数据。");
  });
});
