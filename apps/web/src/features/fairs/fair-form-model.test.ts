import type { Fair } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import {
  EMPTY_FAIR_FORM,
  earlyOpeningDays,
  fromBeijingInput,
  getNextStatusAction,
  toBeijingInput,
  toCreateFairRequest,
  toFairFormValues,
  toUpdateFairRequest,
} from "./fair-form-model.ts";

const fair: Fair = {
  id: "0b6a3c1e-3b1a-4d6a-9a51-2f8a3c1d9e11",
  title: "古丈专场招聘会",
  venue: "古丈县人力资源市场",
  startsAt: "2017-05-19T01:00:00.000Z",
  endsAt: "2017-05-19T08:00:00.000Z",
  hostRegionCode: "433126",
  partnerRegionCode: "370100",
  hostOrganisationId: null,
  partnerOrganisationIds: [],
  status: "DRAFT",
  employerCount: 35,
};

describe("Beijing time inputs", () => {
  it("shows an instant in Beijing time whatever its offset", () => {
    expect(toBeijingInput("2017-05-19T01:00:00.000Z")).toBe("2017-05-19T09:00");
    expect(toBeijingInput("2017-05-19T23:30:00-02:00")).toBe("2017-05-20T09:30");
  });

  it("reads an input as Beijing time", () => {
    expect(fromBeijingInput("2025-06-01T09:00")).toBe("2025-06-01T09:00:00+08:00");
    expect(Date.parse(fromBeijingInput("2025-06-01T09:00") ?? "")).toBe(Date.parse("2025-06-01T01:00:00Z"));
  });

  it("refuses malformed and impossible dates", () => {
    expect(fromBeijingInput("")).toBeNull();
    expect(fromBeijingInput("2025-06-01")).toBeNull();
    expect(fromBeijingInput("2025-02-30T09:00")).toBeNull();
  });
});

describe("toCreateFairRequest", () => {
  it("builds the request with Beijing offsets", () => {
    const result = toCreateFairRequest({
      title: " 吉首春风行动专场 ",
      venue: "湘西州人力资源市场",
      startsAt: "2025-03-01T09:00",
      endsAt: "2025-03-01T15:00",
      hostRegionCode: "433101",
      partnerRegionCode: "",
    });
    expect(result).toEqual({
      ok: true,
      request: {
        title: "吉首春风行动专场",
        venue: "湘西州人力资源市场",
        startsAt: "2025-03-01T09:00:00+08:00",
        endsAt: "2025-03-01T15:00:00+08:00",
        hostRegionCode: "433101",
      },
    });
  });

  it("says in Chinese what is missing or wrong", () => {
    const result = toCreateFairRequest({
      ...EMPTY_FAIR_FORM,
      title: "会",
      startsAt: "2025-03-01T15:00",
      endsAt: "2025-03-01T09:00",
      hostRegionCode: "4331",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      title: "名称至少2个字",
      venue: "请填写举办地点",
      endsAt: "结束时间应晚于开始时间",
      hostRegionCode: "行政区划代码应为6位数字",
    });
  });
});

describe("toUpdateFairRequest", () => {
  it("sends only the changed fields", () => {
    const values = { ...toFairFormValues(fair), venue: "古丈县体育馆", endsAt: "2017-05-19T17:00" };
    expect(toUpdateFairRequest(values, fair)).toEqual({
      ok: true,
      request: { venue: "古丈县体育馆", endsAt: "2017-05-19T17:00:00+08:00" },
    });
  });

  it("refuses no change and a start after the end", () => {
    expect(toUpdateFairRequest(toFairFormValues(fair), fair)).toEqual({ ok: false, fieldErrors: {}, otherErrors: ["没有修改任何内容"] });
    const reversed = toUpdateFairRequest({ ...toFairFormValues(fair), startsAt: "2017-05-19T18:00" }, fair);
    expect(!reversed.ok && reversed.fieldErrors.endsAt).toBe("结束时间应晚于开始时间");
  });
});

describe("getNextStatusAction", () => {
  it("moves forward only", () => {
    expect(getNextStatusAction("DRAFT")?.to).toBe("OPEN");
    expect(getNextStatusAction("OPEN")?.to).toBe("CLOSED");
    expect(getNextStatusAction("CLOSED")).toBeNull();
  });
});

describe("earlyOpeningDays", () => {
  const startsAt = "2026-12-10T01:00:00.000Z";
  it("asks for a second yes only well before the start", () => {
    expect(earlyOpeningDays({ startsAt }, new Date("2026-12-06T01:00:00.000Z"))).toBe(4);
    expect(earlyOpeningDays({ startsAt }, new Date("2026-12-09T10:00:00.000Z"))).toBe(1);
    expect(earlyOpeningDays({ startsAt }, new Date("2026-12-09T20:00:00.000Z"))).toBeNull();
    expect(earlyOpeningDays({ startsAt }, new Date("2026-12-11T01:00:00.000Z"))).toBeNull();
  });
});
