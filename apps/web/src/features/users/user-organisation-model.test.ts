import type { Organisation } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { describeUserOrganisation, getDefaultOrganisationId, getOrganisationChoices } from "./user-organisation-model.ts";

const XIANGXI: Organisation = { id: "00000000-0000-4000-8000-000000000002", name: "湘西州人社局", regionCode: "433100" };
const GUZHANG: Organisation = { id: "00000000-0000-4000-8000-000000000003", name: "古丈县人社局", regionCode: "433126" };
const JINAN: Organisation = { id: "00000000-0000-4000-8000-000000000004", name: "济南市人社局", regionCode: "370100" };
const ALL = [JINAN, XIANGXI, GUZHANG];
const BY_ID = new Map(ALL.map((o) => [o.id, o]));

describe("describeUserOrganisation", () => {
  it("names the bureau, the platform, or nothing by role", () => {
    expect(describeUserOrganisation({ role: "STAFF", organisationId: GUZHANG.id }, BY_ID)).toBe("古丈县人社局");
    expect(describeUserOrganisation({ role: "ADMIN", organisationId: null }, BY_ID)).toBe("平台");
    expect(describeUserOrganisation({ role: "EMPLOYER", organisationId: null }, BY_ID)).toBe("—");
    expect(describeUserOrganisation({ role: "SEEKER", organisationId: null }, BY_ID)).toBe("—");
  });

  it("says when the list is loading or lacks the bureau", () => {
    expect(describeUserOrganisation({ role: "STAFF", organisationId: GUZHANG.id }, null)).toBe("正在加载…");
    expect(describeUserOrganisation({ role: "STAFF", organisationId: GUZHANG.id }, new Map())).toBe("（不在机构列表中）");
  });
});

describe("the organisation picker of a new account", () => {
  it("offers the platform ADMIN the platform first, then every bureau, and starts on the platform", () => {
    const me = { role: "ADMIN", organisationId: null } as const;
    expect(getOrganisationChoices(me, ALL).map((c) => [c.value, c.label])).toEqual([
      ["", "平台（不限地区）"],
      [JINAN.id, "济南市人社局"],
      [XIANGXI.id, "湘西州人社局"],
      [GUZHANG.id, "古丈县人社局"],
    ]);
    expect(getDefaultOrganisationId(me)).toBe("");
  });

  it("offers a bureau's ADMIN the bureaus of its jurisdiction, never the platform, and starts on its own", () => {
    const prefecture = { role: "ADMIN", organisationId: XIANGXI.id } as const;
    expect(getOrganisationChoices(prefecture, ALL).map((c) => c.label)).toEqual(["湘西州人社局", "古丈县人社局"]);
    expect(getDefaultOrganisationId(prefecture)).toBe(XIANGXI.id);
    expect(getOrganisationChoices({ role: "ADMIN", organisationId: GUZHANG.id }, ALL).map((c) => c.label)).toEqual(["古丈县人社局"]);
    expect(getOrganisationChoices(prefecture, [])).toEqual([]);
  });
});
