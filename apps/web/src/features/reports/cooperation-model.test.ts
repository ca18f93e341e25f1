import type { CooperationFigures } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import {
  describeCooperation,
  formatDateOnly,
  getCooperationTiles,
  getDefaultCooperationRegions,
  getDefaultCooperationValues,
  getDefaultPeriod,
  toCooperationQuery,
} from "./cooperation-model.ts";

const QUERY = { exportingRegionCode: "433126", importingRegionCode: "370100", from: "2026-01-01", to: "2026-05-20" };
const FIGURES: CooperationFigures = {
  transferred: 40,
  employedNow: 30,
  stable: 12,
  byPovertyStatus: { REGISTERED_POOR: 10, LIFTED: 20, MONITORED: 4, NONE: 6 },
};
const NOBODY: CooperationFigures = {
  transferred: 0,
  employedNow: 0,
  stable: 0,
  byPovertyStatus: { REGISTERED_POOR: 0, LIFTED: 0, MONITORED: 0, NONE: 0 },
};

describe("the regions the page opens on", () => {
  it("lets a Hunan bureau send its region to Jinan", () => {
    expect(getDefaultCooperationRegions("433126")).toEqual({ exportingRegionCode: "433126", importingRegionCode: "370100" });
    expect(getDefaultCooperationRegions("433100")).toEqual({ exportingRegionCode: "433100", importingRegionCode: "370100" });
    expect(getDefaultCooperationRegions("430000")).toEqual({ exportingRegionCode: "430000", importingRegionCode: "370100" });
  });

  it("lets a Shandong bureau receive from Guzhang", () => {
    expect(getDefaultCooperationRegions("370100")).toEqual({ exportingRegionCode: "433126", importingRegionCode: "370100" });
    expect(getDefaultCooperationRegions("370112")).toEqual({ exportingRegionCode: "433126", importingRegionCode: "370112" });
  });

  it("opens the platform on Guzhang → Jinan", () => {
    expect(getDefaultCooperationRegions(null)).toEqual({ exportingRegionCode: "433126", importingRegionCode: "370100" });
  });
});

describe("the period the page opens on", () => {
  it("runs from the first of January to today, in China", () => {
    expect(getDefaultPeriod(new Date("2026-05-20T03:00:00Z"))).toEqual({ from: "2026-01-01", to: "2026-05-20" });
  });

  it("already counts New Year's morning in China as the new year", () => {
    // 2026-12-31 17:30 UTC is 2027-01-01 01:30 in Beijing.
    expect(getDefaultPeriod(new Date("2026-12-31T17:30:00Z"))).toEqual({ from: "2027-01-01", to: "2027-01-01" });
    expect(getDefaultCooperationValues(null, new Date("2026-12-31T17:30:00Z"))).toEqual({
      exportingRegionCode: "433126",
      importingRegionCode: "370100",
      from: "2027-01-01",
      to: "2027-01-01",
    });
  });
});

describe("toCooperationQuery", () => {
  it("passes a complete choice", () => {
    expect(toCooperationQuery(QUERY)).toEqual({ ok: true, query: QUERY });
  });

  it("asks for what is missing and refuses a period that ends before it starts", () => {
    expect(toCooperationQuery({ ...QUERY, exportingRegionCode: "", from: "" })).toEqual({
      ok: false,
      fieldErrors: { exportingRegionCode: "请选择输出地", from: "请选择开始日期" },
    });
    expect(toCooperationQuery({ ...QUERY, from: "2026-06-01" })).toEqual({
      ok: false,
      fieldErrors: { to: "结束日期应不早于开始日期" },
    });
  });
});

describe("the figures", () => {
  it("say in one sentence who went where", () => {
    expect(formatDateOnly("2026-03-05")).toBe("2026年3月5日");
    expect(describeCooperation(FIGURES, QUERY)).toBe(
      "2026年1月1日至2026年5月20日，古丈县共有 40 人到济南市上岗，其中目前在岗 30 人，稳定就业 12 人。",
    );
  });

  it("read nobody as 0 with a sentence, not as an error", () => {
    expect(describeCooperation(NOBODY, QUERY)).toBe("2026年1月1日至2026年5月20日，没有古丈县的劳动力到济南市上岗的记录。");
    expect(getCooperationTiles(NOBODY).map((t) => [t.label, t.value, t.note])).toEqual([
      ["转移就业人数", 0, null],
      ["目前在岗", 0, "占转移就业 —"],
      ["稳定就业", 0, "占转移就业 —"],
    ]);
  });

  it("give the two parts as shares of those transferred", () => {
    expect(getCooperationTiles(FIGURES).map((t) => t.note)).toEqual([null, "占转移就业 75%", "占转移就业 30%"]);
  });
});
