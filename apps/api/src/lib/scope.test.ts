import { describe, expect, it } from "vitest";
import {
  organisationScope,
  PLATFORM_SCOPE,
  prefixRange,
  regionCondition,
  regionInScope,
  regionScopeSql,
  regionScopeValues,
} from "./scope.ts";

describe("scope", () => {
  it("turns a prefix into the half-open range of its codes", () => {
    expect(prefixRange("4331")).toEqual({ gte: "4331", lt: "4332" });
    expect(prefixRange("433126")).toEqual({ gte: "433126", lt: "433127" });
    expect(prefixRange("39")).toEqual({ gte: "39", lt: "3:" });
    for (const code of ["433100", "433126", "433199"]) expect(code >= "4331" && code < "4332").toBe(true);
    expect("433200" < "4332").toBe(false);
  });

  it("leaves the platform unconditioned and holds a bureau to its jurisdiction", () => {
    expect(regionCondition(PLATFORM_SCOPE)).toBeUndefined();
    const xiangxi = organisationScope("o1", "433100");
    expect(regionCondition(xiangxi)).toEqual({ gte: "4331", lt: "4332" });
    expect(regionInScope(xiangxi, "433126")).toBe(true);
    expect(regionInScope(xiangxi, "370102")).toBe(false);
    expect(regionInScope(PLATFORM_SCOPE, "370102")).toBe(true);
  });

  it("writes a constant SQL condition whose parameters are null for the platform", () => {
    expect(regionScopeSql('s."homeRegionCode"', 2)).toBe(
      '($2::text IS NULL OR (s."homeRegionCode" >= $2::text AND s."homeRegionCode" < $3::text))',
    );
    expect(regionScopeValues(organisationScope("o1", "433126"))).toEqual(["433126", "433127"]);
    expect(regionScopeValues(PLATFORM_SCOPE)).toEqual([null, null]);
  });
});
