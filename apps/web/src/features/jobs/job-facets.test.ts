import { describe, expect, it } from "vitest";
import { getCityChoices } from "./job-facets.ts";

describe("getCityChoices", () => {
  const facets = { 长沙: 12, 济南: 40, 吉首: 3, 古丈: 3, 衡阳: 0 };

  it("orders by positions, then by name, and hides empty cities", () => {
    expect(getCityChoices(facets, null).map((c) => c.value)).toEqual(["济南", "长沙", "古丈", "吉首"]);
  });

  it("caps the number of chips", () => {
    expect(getCityChoices(facets, null, 2)).toEqual([
      { value: "济南", count: 40 },
      { value: "长沙", count: 12 },
    ]);
  });

  it("keeps the chosen city even when it is not among the top ones", () => {
    expect(getCityChoices(facets, "吉首", 2).map((c) => c.value)).toEqual(["济南", "长沙", "吉首"]);
    expect(getCityChoices({}, "章丘")).toEqual([{ value: "章丘", count: null }]);
  });
});
