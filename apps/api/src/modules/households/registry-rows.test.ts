import { describe, expect, it } from "vitest";
import { validateRegistryRows } from "./registry-rows.ts";

const header = { row: 1, cells: ["householdCode", "regionCode", "township", "village", "povertyStatus", "labourCapableMembers"] };
const data = (row: number, cells: string[]) => ({ row, cells });

describe("validateRegistryRows", () => {
  it("accepts English or Chinese headers in any order, and Chinese household types", () => {
    const result = validateRegistryRows([
      { row: 1, cells: ["劳动力人数", "户类型", "村", "乡镇", "行政区划代码", "户编号", "户主姓名"] },
      data(2, ["2", "建档立卡户", "白溪关村", "古阳镇", "433126", "433126-0000001", "张三"]),
      data(3, ["0", "脱贫户", "白溪关村", "古阳镇", "433126", "433126-0000002", "李四"]),
      data(4, ["1", "monitored", "白溪关村", "古阳镇", "433126", "433126-0000003", "王五"]),
    ]);
    expect(result.rejects).toEqual([]);
    expect(result.valid.map((r) => [r.householdCode, r.povertyStatus, r.labourCapableMembers])).toEqual([
      ["433126-0000001", "REGISTERED_POOR", 2],
      ["433126-0000002", "LIFTED", 0],
      ["433126-0000003", "MONITORED", 1],
    ]);
    // The householder's name column is never carried along.
    expect(JSON.stringify(result)).not.toContain("张三");
  });

  it("rejects a row with a NUL character (the database cannot store it) instead of failing the import", () => {
    const result = validateRegistryRows([header, data(2, ["H-0009", "433126", "古阳镇", "白溪\u0000关村", "NONE", "1"])]);
    expect(result).toEqual({ valid: [], rejects: [{ row: 2, reason: "村：不能包含空字符" }] });
  });

  it("rejects rows with a reason in Chinese and their spreadsheet row number, keeping the first of a repeated code", () => {
    const result = validateRegistryRows([
      header,
      data(2, ["H-0001", "433126", "古阳镇", "白溪关村", "NONE", "1"]),
      data(3, ["H-0001", "433126", "古阳镇", "白溪关村", "NONE", "2"]),
      data(5, ["H-0002", "43312", "古阳镇", "白溪关村", "NONE", "1"]),
      data(6, ["H-0003", "433126", "古阳镇", "白溪关村", "NONE", ""]),
      data(7, ["H-0004", "433126", "古阳镇", "白溪关村", "NONE", "31"]),
      data(8, ["H 0005", "433126", "古阳镇", "白溪关村", "NONE", "1"]),
      data(9, ["H-0006", "433126", "古阳镇"]),
    ]);
    expect(result.valid.map((r) => r.row)).toEqual([2]);
    expect(result.rejects).toEqual([
      { row: 3, reason: "户编号：与第 2 行重复" },
      { row: 5, reason: "行政区划代码：行政区划代码应为6位数字" },
      { row: 6, reason: "劳动力人数：劳动力人数应为0–30的整数" },
      { row: 7, reason: "劳动力人数：劳动力人数应为0–30的整数" },
      { row: 8, reason: "户编号：户编号应为4–40位数字、字母或横线" },
      { row: 9, reason: "村：村不能为空" },
    ]);
  });

  it("refuses the whole file when a required column is missing or there is no header", () => {
    expect(() => validateRegistryRows([{ row: 1, cells: ["householdCode", "regionCode"] }])).toThrow(/缺少列：township（乡镇）/);
    expect(() => validateRegistryRows([])).toThrow(/没有数据/);
  });
});
