import { describe, expect, it } from "vitest";
import { inJurisdiction, jurisdictionPrefix } from "./organisations.ts";

describe("jurisdictions of GB/T 2260 codes", () => {
  it("takes a province's two digits, a prefecture's four and a county's six", () => {
    expect(jurisdictionPrefix("430000")).toBe("43");
    expect(jurisdictionPrefix("433100")).toBe("4331");
    expect(jurisdictionPrefix("370100")).toBe("3701");
    expect(jurisdictionPrefix("433126")).toBe("433126");
  });
  it("holds the codes below and nothing beside", () => {
    expect(inJurisdiction("433126", "433100")).toBe(true);
    expect(inJurisdiction("433126", "430000")).toBe(true);
    expect(inJurisdiction("433123", "433126")).toBe(false);
    expect(inJurisdiction("370102", "433100")).toBe(false);
    expect(inJurisdiction("370102", "370100")).toBe(true);
  });
});
