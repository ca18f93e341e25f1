import { describe, expect, it } from "vitest";
import { describeEmpty, describeEnded, describeLastVisit, groupByTownship, needsVisit, validateVisitForm } from "./alerts-model.ts";

const TODAY = "2026-12-06";

describe("alerts model", () => {
  it("checks the visit form: a date not after today and a note", () => {
    expect(validateVisitForm({ visitedOn: TODAY, note: "已走访" }, TODAY)).toEqual({});
    expect(validateVisitForm({ visitedOn: "2026-12-07", note: " " }, TODAY)).toEqual({
      visitedOn: "走访日期不能晚于今天",
      note: "请填写走访情况",
    });
    expect(validateVisitForm({ visitedOn: "", note: "x".repeat(501) }, TODAY)).toEqual({
      visitedOn: "请选择走访日期",
      note: "走访情况最多 500 字",
    });
  });

  it("says when the worker left and whether anyone has been since", () => {
    expect(describeEnded({ endedOn: "2026-12-03" }, TODAY)).toBe("12月3日离岗（3天前）");
    expect(describeEnded({ endedOn: TODAY }, TODAY)).toBe("今天离岗");
    expect(describeLastVisit({ endedOn: "2026-12-03", lastVisitedOn: null }, TODAY)).toBe("尚未走访");
    expect(describeLastVisit({ endedOn: "2026-12-03", lastVisitedOn: "2026-12-05" }, TODAY)).toBe("最近走访 12月5日");
    expect(describeLastVisit({ endedOn: "2026-12-03", lastVisitedOn: "2025-11-01" }, TODAY)).toBe("最近走访 2025年11月1日（离岗前）");
    expect(needsVisit({ endedOn: "2026-12-03", lastVisitedOn: "2026-12-01" })).toBe(true);
    expect(needsVisit({ endedOn: "2026-12-03", lastVisitedOn: "2026-12-03" })).toBe(false);
    expect(describeEmpty(30)).toBe("近30天没有返贫风险户");
  });

  it("groups the sorted list under its townships", () => {
    const groups = groupByTownship([{ township: "古阳镇" }, { township: "古阳镇" }, { township: "默戎镇" }]);
    expect(groups.map((g) => [g.township, g.alerts.length])).toEqual([
      ["古阳镇", 2],
      ["默戎镇", 1],
    ]);
  });
});
