import { describe, expect, it } from "vitest";
import {
  describeFunnel,
  describeRate,
  describeRegionHint,
  getDefaultCoverageRegion,
  getFunnelSteps,
  listTownships,
} from "./report-model.ts";
import { buildZeroEmploymentQuery, getFairReportUrl, getZeroEmploymentExportUrl } from "./reports-api.ts";

describe("funnel", () => {
  it("scales bars to the largest step and gives each step's share of the one before", () => {
    const steps = getFunnelSteps({ checkedIn: 900, withIntent: 290, hired: 120, onTheJob: 100, stable: 60 });
    expect(steps.map((s) => [s.label, s.value, Math.round(s.widthPercent)])).toEqual([
      ["签到", 900, 100],
      ["达成意向", 290, 32],
      ["录用", 120, 13],
      ["在岗", 100, 11],
      ["稳定就业", 60, 7],
    ]);
    expect(steps.map((s) => s.fromPreviousText)).toEqual(["—", "32.2%", "41.4%", "83.3%", "60%"]);
    expect(describeFunnel(steps)).toBe("求职者转化：签到 900 人，达成意向 290 人，录用 120 人，在岗 100 人，稳定就业 60 人。");
  });

  it("draws nothing and divides by nothing for an empty fair", () => {
    const steps = getFunnelSteps({ checkedIn: 0, withIntent: 0, hired: 0, onTheJob: 0, stable: 0 });
    expect(steps.every((s) => s.widthPercent === 0)).toBe(true);
    expect(steps[1]?.fromPreviousText).toBe("—");
  });
});

describe("coverage", () => {
  it("shows rates as bars and text, and a dash without labour households", () => {
    expect(describeRate(0.5, 4)).toEqual({ widthPercent: 50, text: "50%" });
    expect(describeRate(0, 0)).toEqual({ widthPercent: 0, text: "—" });
  });

  it("lists townships from township rows only", () => {
    const base = {
      households: 1,
      labourHouseholds: 1,
      placedHouseholds: 0,
      stableHouseholds: 0,
      placedRate: 0,
      stableRate: 0,
      regionCode: "433126",
    };
    expect(
      listTownships([
        { ...base, township: "古阳镇" },
        { ...base, township: "古阳镇", village: "白溪关村" },
        { ...base, township: "默戎镇" },
      ]),
    ).toEqual(["古阳镇", "默戎镇"]);
  });
});

describe("report links", () => {
  it("exports exactly the filtered list", () => {
    const filter = { regionCode: "433126", township: "古阳镇", village: "", povertyStatuses: ["REGISTERED_POOR", "MONITORED"] as const };
    expect(buildZeroEmploymentQuery(filter).toString()).toBe(
      "regionCode=433126&township=%E5%8F%A4%E9%98%B3%E9%95%87&povertyStatus=REGISTERED_POOR%2CMONITORED",
    );
    expect(getZeroEmploymentExportUrl(filter, "csv")).toContain("&format=csv");
    expect(getFairReportUrl("f1", "xlsx")).toBe("/api/reports/fairs/f1?format=xlsx");
  });
});

describe("the coverage page's region", () => {
  it("starts on the bureau's own region, or Guzhang for the platform", () => {
    expect(getDefaultCoverageRegion("433100")).toBe("433100");
    expect(getDefaultCoverageRegion(null)).toBe("433126");
  });

  it("explains the picker to the platform and to a bureau", () => {
    expect(describeRegionHint(null)).toBe("选县看本县；选州或省看其下所有县。");
    expect(describeRegionHint("433126")).toBe("本机构辖区：仅古丈县。");
    expect(describeRegionHint("433100")).toBe("选县看本县；选州或省看其下所有县。本机构辖区：湘西土家族苗族自治州及所辖县市区。");
  });
});
