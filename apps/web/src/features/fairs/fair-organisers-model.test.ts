import type { Organisation } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import {
  canManageFair,
  canOperateFair,
  canReadFairFigures,
  describeHost,
  describePartners,
  listPartnerCandidates,
} from "./fair-organisers-model.ts";

const GUZHANG: Organisation = { id: "00000000-0000-4000-8000-000000000003", name: "古丈县人社局", regionCode: "433126" };
const JINAN: Organisation = { id: "00000000-0000-4000-8000-000000000004", name: "济南市人社局", regionCode: "370100" };
const XIANGXI: Organisation = { id: "00000000-0000-4000-8000-000000000002", name: "湘西州人社局", regionCode: "433100" };
const ALL = [JINAN, XIANGXI, GUZHANG];
const BY_ID = new Map(ALL.map((o) => [o.id, o]));
const GUZHANG_FAIR = { hostOrganisationId: GUZHANG.id, partnerOrganisationIds: [JINAN.id] };
const PLATFORM_FAIR = { hostOrganisationId: null, partnerOrganisationIds: [] };

describe("who organises a fair", () => {
  it("names the host and the partners", () => {
    expect(describeHost(GUZHANG_FAIR, BY_ID)).toBe("古丈县人社局");
    expect(describePartners(GUZHANG_FAIR, BY_ID)).toBe("济南市人社局");
    expect(describePartners({ ...GUZHANG_FAIR, partnerOrganisationIds: [JINAN.id, XIANGXI.id] }, BY_ID)).toBe("济南市人社局、湘西州人社局");
  });

  it("calls a platform-operated fair's host 平台 and says when there is no partner", () => {
    expect(describeHost(PLATFORM_FAIR, BY_ID)).toBe("平台");
    expect(describePartners(PLATFORM_FAIR, BY_ID)).toBe("暂无");
    expect(describeHost(GUZHANG_FAIR, new Map())).toBe("（不在机构列表中）");
  });
});

describe("who may do what with a fair", () => {
  it("lets the platform's and the host's ADMIN manage it, not a partner's, a staff member or an employer", () => {
    expect(canManageFair({ role: "ADMIN", organisationId: null }, GUZHANG_FAIR)).toBe(true);
    expect(canManageFair({ role: "ADMIN", organisationId: GUZHANG.id }, GUZHANG_FAIR)).toBe(true);
    expect(canManageFair({ role: "ADMIN", organisationId: JINAN.id }, GUZHANG_FAIR)).toBe(false);
    expect(canManageFair({ role: "ADMIN", organisationId: XIANGXI.id }, GUZHANG_FAIR)).toBe(false);
    expect(canManageFair({ role: "STAFF", organisationId: GUZHANG.id }, GUZHANG_FAIR)).toBe(false);
    expect(canManageFair({ role: "EMPLOYER", organisationId: null }, PLATFORM_FAIR)).toBe(false);
    expect(canManageFair({ role: "ADMIN", organisationId: GUZHANG.id }, PLATFORM_FAIR)).toBe(false);
  });

  it("lets a partner's ADMIN bring employers too", () => {
    expect(canOperateFair({ role: "ADMIN", organisationId: JINAN.id }, GUZHANG_FAIR)).toBe(true);
    expect(canOperateFair({ role: "ADMIN", organisationId: XIANGXI.id }, GUZHANG_FAIR)).toBe(false);
    expect(canOperateFair({ role: "STAFF", organisationId: JINAN.id }, GUZHANG_FAIR)).toBe(false);
  });

  it("offers as partners only bureaus that are neither host nor partner yet", () => {
    expect(listPartnerCandidates(GUZHANG_FAIR, ALL)).toEqual([XIANGXI]);
    expect(listPartnerCandidates(PLATFORM_FAIR, ALL)).toEqual(ALL);
  });
});

describe("who sees a fair's figures", () => {
  const fair = { ...GUZHANG_FAIR, hostRegionCode: "433126" };

  it("shows them to the platform, the host, a partner and a bureau above the fair's county", () => {
    expect(canReadFairFigures({ role: "STAFF", organisationId: null }, fair, undefined)).toBe(true);
    expect(canReadFairFigures({ role: "STAFF", organisationId: GUZHANG.id }, fair, undefined)).toBe(true);
    expect(canReadFairFigures({ role: "STAFF", organisationId: JINAN.id }, fair, undefined)).toBe(true);
    expect(canReadFairFigures({ role: "ADMIN", organisationId: XIANGXI.id }, fair, "433100")).toBe(true);
  });

  it("hides them from a bureau with no part in the fair, and from employers", () => {
    const other = { ...PLATFORM_FAIR, hostRegionCode: "433101" };
    expect(canReadFairFigures({ role: "STAFF", organisationId: GUZHANG.id }, other, "433126")).toBe(false);
    expect(canReadFairFigures({ role: "STAFF", organisationId: GUZHANG.id }, other, undefined)).toBeNull();
    expect(canReadFairFigures({ role: "EMPLOYER", organisationId: null }, fair, undefined)).toBe(false);
  });
});
