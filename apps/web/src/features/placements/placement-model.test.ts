import { describe, expect, it } from "vitest";
import { formatDateOnly } from "./placement-dates.ts";
import { describeDue, validateFollowUpForm, validatePlacementForm } from "./placement-model.ts";

const ids = { seekerId: "s", employerId: "e", positionId: "p" };

describe("placement form", () => {
  it("builds the request from valid values", () => {
    const result = validatePlacementForm(
      { startedOn: "2026-05-25", monthlyWage: " 5200 ", workCity: " 济南 ", channel: "FAIR" },
      ids,
      "2026-05-20",
    );
    expect(result).toEqual({
      ok: true,
      request: {
        seekerId: "s",
        employerId: "e",
        positionId: "p",
        startedOn: "2026-05-25",
        monthlyWage: 5200,
        workCity: "济南",
        channel: "FAIR",
      },
    });
  });

  it("names each field that is wrong", () => {
    const result = validatePlacementForm(
      { startedOn: "2027-05-25", monthlyWage: "52.5", workCity: " ", channel: "FAIR" },
      ids,
      "2026-05-20",
    );
    expect(result).toEqual({
      ok: false,
      errors: { startedOn: "上岗日期不能晚于半年后", monthlyWage: "请填写月工资（元，整数）", workCity: "请填写务工城市" },
    });
  });
});

describe("follow-up form", () => {
  const limits = { startedOn: "2026-05-25", today: "2026-09-01" };

  it("needs a date within the placement and an answer", () => {
    expect(validateFollowUpForm({ checkedOn: "2026-05-24", employed: true, monthlyWage: "", note: "" }, limits)).toMatchObject({
      ok: false,
      errors: { checkedOn: "回访日期不能早于上岗日期" },
    });
    expect(validateFollowUpForm({ checkedOn: "2026-09-02", employed: true, monthlyWage: "", note: "" }, limits)).toMatchObject({
      ok: false,
      errors: { checkedOn: "回访日期不能晚于今天" },
    });
    expect(validateFollowUpForm({ checkedOn: "2026-08-01", employed: null, monthlyWage: "", note: "" }, limits)).toMatchObject({
      ok: false,
      errors: { employed: "请选择是否仍在岗" },
    });
  });

  it("sends the wage only for someone still at work", () => {
    expect(validateFollowUpForm({ checkedOn: "2026-08-01", employed: true, monthlyWage: "5300", note: "" }, limits)).toEqual({
      ok: true,
      request: { checkedOn: "2026-08-01", employed: true, monthlyWage: 5300 },
    });
    expect(validateFollowUpForm({ checkedOn: "2026-08-01", employed: false, monthlyWage: "5300", note: "" }, limits)).toEqual({
      ok: true,
      request: { checkedOn: "2026-08-01", employed: false },
    });
  });
});

describe("due dates", () => {
  it("says how late or how soon, in days", () => {
    expect(describeDue({ dueOn: "2026-08-19" }, "2026-09-01")).toEqual({ text: "逾期 13 天", isOverdue: true });
    expect(describeDue({ dueOn: "2026-09-01" }, "2026-09-01")).toEqual({ text: "今天到期", isOverdue: false });
    expect(describeDue({ dueOn: "2026-09-04" }, "2026-09-01")).toEqual({ text: "3 天后到期", isOverdue: false });
  });

  it("writes a date in words", () => {
    expect(formatDateOnly("2026-05-09")).toBe("2026年5月9日");
  });

  it("sends a trimmed note, and refuses one over 200 characters", () => {
    const limits = { startedOn: "2026-05-25", today: "2026-09-01" };
    expect(validateFollowUpForm({ checkedOn: "2026-08-01", employed: false, monthlyWage: "", note: "  回家照顾老人 " }, limits)).toEqual({
      ok: true,
      request: { checkedOn: "2026-08-01", employed: false, note: "回家照顾老人" },
    });
    expect(
      validateFollowUpForm({ checkedOn: "2026-08-01", employed: true, monthlyWage: "", note: "长".repeat(201) }, limits),
    ).toMatchObject({
      ok: false,
      errors: { note: "备注最多 200 个字" },
    });
  });
});
