import { JOB_FAMILY_NAMES } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { COMMON_JOB_FAMILIES, getJobFamilyChoices, MAX_CHOSEN_JOB_FAMILIES, toggleJobFamily } from "./job-family-choices.ts";

describe("job family chips", () => {
  it("offers the common kinds of work first, every one of the dictionary after 更多工种, once each", () => {
    expect(getJobFamilyChoices(false, [])).toEqual([...COMMON_JOB_FAMILIES]);
    const all = getJobFamilyChoices(true, []);
    expect(all.slice(0, COMMON_JOB_FAMILIES.length)).toEqual([...COMMON_JOB_FAMILIES]);
    expect([...all].sort()).toEqual([...JOB_FAMILY_NAMES].sort());
  });

  it("keeps a chosen kind of work visible when only the common ones show", () => {
    expect(getJobFamilyChoices(false, ["茶叶", "焊工"]).slice(-1)).toEqual(["茶叶"]);
  });

  it("toggles and keeps at most a few, the oldest giving way", () => {
    expect(toggleJobFamily(["焊工"], "焊工")).toEqual([]);
    const many = ["普工", "焊工", "电工", "司机", "厨师"].reduce<string[]>((chosen, name) => toggleJobFamily(chosen, name), []);
    expect(toggleJobFamily(many, "保安")).toEqual(["焊工", "电工", "司机", "厨师", "保安"]);
    expect(toggleJobFamily(many, "保安")).toHaveLength(MAX_CHOSEN_JOB_FAMILIES);
  });
});
