import type { Organisation } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { canCreateOrganisation, describeJurisdiction, listOrganisationsWithin } from "./jurisdiction-model.ts";
import { describeMyOrganisation, isPlatformUser, resolveMyOrganisation } from "./organisation-model.ts";

const HUNAN: Organisation = { id: "00000000-0000-4000-8000-000000000001", name: "湖南省人社厅", regionCode: "430000" };
const XIANGXI: Organisation = { id: "00000000-0000-4000-8000-000000000002", name: "湘西州人社局", regionCode: "433100" };
const GUZHANG: Organisation = { id: "00000000-0000-4000-8000-000000000003", name: "古丈县人社局", regionCode: "433126" };
const JINAN: Organisation = { id: "00000000-0000-4000-8000-000000000004", name: "济南市人社局", regionCode: "370100" };
const ALL = [JINAN, HUNAN, XIANGXI, GUZHANG];

describe("who is who", () => {
  it("counts an ADMIN or STAFF without organisation as the platform, and only the platform ADMIN founds bureaus", () => {
    expect(isPlatformUser({ role: "STAFF", organisationId: null })).toBe(true);
    expect(isPlatformUser({ role: "STAFF", organisationId: GUZHANG.id })).toBe(false);
    expect(isPlatformUser({ role: "EMPLOYER", organisationId: null })).toBe(false);
    expect(canCreateOrganisation({ role: "ADMIN", organisationId: null })).toBe(true);
    expect(canCreateOrganisation({ role: "ADMIN", organisationId: XIANGXI.id })).toBe(false);
    expect(canCreateOrganisation({ role: "STAFF", organisationId: null })).toBe(false);
  });
});

describe("listOrganisationsWithin", () => {
  it("keeps the bureaus of a jurisdiction, or all of them for the platform", () => {
    expect(listOrganisationsWithin(ALL, null)).toEqual(ALL);
    expect(listOrganisationsWithin(ALL, "433100")).toEqual([XIANGXI, GUZHANG]);
    expect(listOrganisationsWithin(ALL, "430000")).toEqual([HUNAN, XIANGXI, GUZHANG]);
    expect(listOrganisationsWithin(ALL, "433126")).toEqual([GUZHANG]);
  });
});

describe("describeJurisdiction", () => {
  it("says in words what a bureau sees", () => {
    expect(describeJurisdiction("430000")).toBe("湖南省全境");
    expect(describeJurisdiction("433100")).toBe("湘西土家族苗族自治州及所辖县市区");
    expect(describeJurisdiction("433126")).toBe("仅古丈县");
    expect(describeJurisdiction("440300")).toBe("代码以 4403 开头的地区");
  });
});

describe("resolveMyOrganisation", () => {
  const guzhangStaff = { role: "STAFF", organisationId: GUZHANG.id } as const;

  it("finds the bureau in the list, and names it for the header", () => {
    const my = resolveMyOrganisation(guzhangStaff, ALL, null);
    expect(my).toEqual({ status: "found", organisation: GUZHANG });
    expect(describeMyOrganisation(my)).toBe("古丈县人社局");
  });

  it("needs no list for the platform, and has nothing for employers", () => {
    expect(resolveMyOrganisation({ role: "ADMIN", organisationId: null }, null, null)).toEqual({ status: "platform" });
    expect(describeMyOrganisation({ status: "platform" })).toBe("平台（不限地区）");
    expect(resolveMyOrganisation({ role: "EMPLOYER", organisationId: null }, null, null)).toEqual({ status: "none" });
    expect(describeMyOrganisation({ status: "none" })).toBeNull();
  });

  it("waits, fails, or misses the bureau without guessing a region", () => {
    expect(resolveMyOrganisation(guzhangStaff, null, null)).toEqual({ status: "loading" });
    const error = new Error("offline");
    expect(resolveMyOrganisation(guzhangStaff, null, error)).toEqual({ status: "error", error });
    expect(resolveMyOrganisation(guzhangStaff, [JINAN], null)).toEqual({ status: "missing" });
    expect(describeMyOrganisation({ status: "loading" })).toBeNull();
  });
});
