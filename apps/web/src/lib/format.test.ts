import { describe, expect, it } from "vitest";
import { formatDateRange, formatDay, formatNumber, formatPercent, formatShortDate, formatTime, getRate } from "./format.ts";

describe("formatNumber", () => {
  it("uses zh-CN thousands separators", () => {
    expect(formatNumber(6345)).toBe("6,345");
    expect(formatNumber(30000)).toBe("30,000");
    expect(formatNumber(35)).toBe("35");
    expect(formatNumber(0)).toBe("0");
  });
});

describe("formatPercent / getRate", () => {
  it("rounds to one decimal", () => {
    expect(formatPercent(290, 900)).toBe("32.2%");
    expect(formatPercent(70, 290)).toBe("24.1%");
    expect(formatPercent(5, 5)).toBe("100%");
  });

  it("has no rate without a denominator", () => {
    expect(getRate(3, 0)).toBeNull();
    expect(formatPercent(0, 0)).toBe("—");
  });
});

describe("dates in Beijing time", () => {
  it("shows the Beijing day and time whatever the offset of the input", () => {
    // 01:30 UTC is 09:30 in Beijing on the same day.
    expect(formatDay("2017-05-20T01:30:00Z")).toBe("2017年5月20日（周六）");
    expect(formatTime("2017-05-20T01:30:00Z")).toBe("09:30");
    // 23:00 on the 19th UTC is already the 20th in Beijing.
    expect(formatDay("2017-05-19T23:00:00Z")).toBe("2017年5月20日（周六）");
  });

  it("has a short form for tables", () => {
    expect(formatShortDate("2017-05-18T16:30:00Z")).toBe("2017/5/19");
  });

  it("collapses a single-day fair into one date", () => {
    expect(formatDateRange("2017-05-20T09:00:00+08:00", "2017-05-20T16:00:00+08:00")).toBe("2017年5月20日（周六）09:00–16:00");
  });

  it("spells out both days of a multi-day fair", () => {
    expect(formatDateRange("2017-05-20T09:00:00+08:00", "2017-05-21T16:30:00+08:00")).toBe(
      "2017年5月20日（周六）09:00 至 2017年5月21日（周日）16:30",
    );
  });
});
