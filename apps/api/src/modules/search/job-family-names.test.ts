import { JOB_FAMILY_NAMES } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { findFamilyByLabel, JOB_FAMILIES } from "./job-families.ts";

describe("the words offered as 想做什么工作 (contracts JOB_FAMILY_NAMES)", () => {
  it("are exactly the dictionary's family labels, in its order", () => {
    expect([...JOB_FAMILY_NAMES]).toEqual(JOB_FAMILIES.map((family) => family.label));
  });

  it("each lead back to their family", () => {
    for (const name of JOB_FAMILY_NAMES) expect(findFamilyByLabel(name)?.label).toBe(name);
    expect(findFamilyByLabel("电焊")).toBeUndefined();
  });
});
