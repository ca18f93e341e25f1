import { REGIONS } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { listRegionGroups, listsRegion } from "./region-choices.ts";

const names = (within: string | null) =>
  listRegionGroups(within).map((g) => [g.province.name, g.choices.map((c) => `${"-".repeat(c.depth)}${c.region.name}`)]);

describe("listRegionGroups", () => {
  it("offers every region, by province, to the platform", () => {
    const groups = listRegionGroups();
    expect(groups.map((g) => g.province.code)).toEqual(["430000", "370000", "500000", "510000"]);
    expect(groups.flatMap((g) => g.choices).length).toBe(REGIONS.length);
    expect(groups[0]?.choices.slice(0, 3).map((c) => [c.region.name, c.depth])).toEqual([
      ["湖南省", 0],
      ["长沙市", 1],
      ["衡阳市", 1],
    ]);
  });

  it("keeps a prefecture's bureau to the prefecture and its counties, indented from the prefecture", () => {
    const [group, ...others] = names("433100");
    expect(others).toEqual([]);
    expect(group?.[0]).toBe("湖南省");
    expect(group?.[1]).toEqual([
      "湘西土家族苗族自治州",
      "-吉首市",
      "-泸溪县",
      "-凤凰县",
      "-花垣县",
      "-保靖县",
      "-古丈县",
      "-永顺县",
      "-龙山县",
    ]);
  });

  it("gives a county's bureau its county alone, and a province's the whole province", () => {
    expect(names("433126")).toEqual([["湖南省", ["古丈县"]]]);
    expect(names("370000")[0]?.[1]).toHaveLength(14);
    expect(names("999999")).toEqual([]);
  });

  it("tells whether a code is offered", () => {
    expect(listsRegion(listRegionGroups("433100"), "433126")).toBe(true);
    expect(listsRegion(listRegionGroups("433100"), "370100")).toBe(false);
  });
});
