import { describe, expect, it } from "vitest";
import { formatAgeRange, formatOpenings, formatWageRange, getBoardLabel } from "./position-format.ts";

describe("formatWageRange", () => {
  it("shows a range in yuan per month with thousands separators", () => {
    expect(formatWageRange(5500, 8000)).toBe("5,500–8,000 元/月");
    expect(formatWageRange(800, 12000)).toBe("800–12,000 元/月");
  });

  it("shows a fixed wage once", () => {
    expect(formatWageRange(6000, 6000)).toBe("6,000 元/月");
  });
});

describe("formatOpenings", () => {
  it("counts people", () => {
    expect(formatOpenings(1)).toBe("招 1 人");
    expect(formatOpenings(1200)).toBe("招 1,200 人");
  });
});

describe("getBoardLabel", () => {
  it("names food and lodging together or apart", () => {
    expect(getBoardLabel({ foodProvided: true, lodgingProvided: true })).toBe("包吃住");
    expect(getBoardLabel({ foodProvided: true, lodgingProvided: false })).toBe("包吃");
    expect(getBoardLabel({ foodProvided: false, lodgingProvided: true })).toBe("包住");
    expect(getBoardLabel({ foodProvided: false, lodgingProvided: false })).toBeNull();
  });
});

describe("formatAgeRange", () => {
  it("handles both, one or no bound", () => {
    expect(formatAgeRange(18, 40)).toBe("18–40 岁");
    expect(formatAgeRange(30, 30)).toBe("30 岁");
    expect(formatAgeRange(18, null)).toBe("18 岁以上");
    expect(formatAgeRange(undefined, 45)).toBe("45 岁以下");
    expect(formatAgeRange(null, null)).toBe("不限");
  });

  it("keeps a bound of zero", () => {
    expect(formatAgeRange(0, 16)).toBe("0–16 岁");
  });
});
