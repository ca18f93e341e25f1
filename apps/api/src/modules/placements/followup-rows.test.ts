import { describe, expect, it } from "vitest";
import { readDate, readEmployed, readFollowUpRows } from "./followup-rows.ts";

const PLACEMENT = "3f2b6a4e-1c1d-4a57-9a7e-2f6a0b1c2d3e";

describe("follow-up file rows", () => {
  it("reads the dates and answers clerks type", () => {
    expect(["2026-11-30", "2026/11/30", "2026.11.30", "2026年11月30日", "2026/1/5"].map(readDate)).toEqual([
      "2026-11-30",
      "2026-11-30",
      "2026-11-30",
      "2026-11-30",
      "2026-01-05",
    ]);
    expect(["是", " 在岗 ", "y", "TRUE", "否", "离岗", "n", "也许", ""].map(readEmployed)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      null,
      null,
    ]);
  });

  it("skips title rows, keeps spreadsheet row numbers, and gives each bad row its reason", () => {
    const { valid, rejects } = readFollowUpRows(
      [
        { row: 1, cells: ["回访表"] },
        { row: 2, cells: ["就业记录编号", "身份证号", "回访日期", "是否在岗", "月工资"] },
        { row: 3, cells: [PLACEMENT.toUpperCase(), "", "2026-11-30", "是", "5,200元"] },
        { row: 4, cells: ["", "", "2026-11-30", "是", ""] },
        { row: 5, cells: ["", "433126199001011234", "2026-11-30", "否", ""] },
        { row: 6, cells: [PLACEMENT, "", "2026-11-30", "否", "5000"] },
        { row: 7, cells: ["not-a-uuid", "", "2026-11-30", "是", ""] },
      ],
      100,
    );
    expect(valid).toEqual([
      { row: 3, placementId: PLACEMENT, idNumber: null, followUp: { checkedOn: "2026-11-30", employed: true, monthlyWage: 5200 } },
    ]);
    expect(rejects.map((r) => [r.row, r.reason.split("：")[0]])).toEqual([
      [4, "请填写就业记录编号或身份证号"],
      [5, "身份证号"],
      [6, "月工资"],
      [7, "就业记录编号"],
    ]);
  });

  it("refuses a file with too many rows as a whole", () => {
    const rows = [{ row: 1, cells: ["placementId", "checkedOn", "employed"] }];
    for (let i = 2; i <= 5; i++) rows.push({ row: i, cells: [PLACEMENT, "2026-11-30", "是"] });
    expect(() => readFollowUpRows(rows, 3)).toThrow(/最多导入 3 行/);
  });
});
