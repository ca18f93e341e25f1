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

  it("finds the header below title rows, keeps the spreadsheet's row numbers, and reads the template's words", () => {
    const result = validateRegistryRows([
      { row: 1, cells: ["古丈县农户名册"] },
      { row: 3, cells: ["填报日期：2026年12月1日", "", "户编号"] },
      { row: 4, cells: [" 户码 ", "行政区划代码*", "乡　镇", "行政村", "户类型", "ｌａｂｏｕｒＣａｐａｂｌｅＭｅｍｂｅｒｓ"] },
      data(5, ["433126-0000011", "433126", "古阳镇", "坪坝村", "建档立卡贫困户", "2"]),
      data(6, ["433126-0000012", "433126", "古阳镇", "坪坝村", " 防返贫监测户 ", "１"]),
      data(7, ["433126-0000013", "４３３１２６", "古阳镇", "坪坝村", "监测户", "0"]),
      data(8, ["433126-0000014", "433126", "古阳镇", "坪坝村", "一般户", "3"]),
      data(9, ["433126-0000015", "433126", "古阳镇", "坪坝村", "困难户", "3"]),
    ]);
    expect(result.valid.map((r) => [r.row, r.regionCode, r.povertyStatus, r.labourCapableMembers])).toEqual([
      [5, "433126", "REGISTERED_POOR", 2],
      [6, "433126", "MONITORED", 1],
      [7, "433126", "MONITORED", 0],
      [8, "433126", "NONE", 3],
    ]);
    expect(result.rejects).toEqual([{ row: 9, reason: "家庭类别：家庭类别应为建档立卡户、脱贫户、防返贫监测户或一般户" }]);
  });

  it("skips the template's example rows", () => {
    const result = validateRegistryRows([
      { row: 1, cells: ["户编号", "行政区划代码", "乡镇", "村", "家庭类别", "有劳动力人数"] },
      data(2, ["示例-433126-0001", "433126", "古阳镇", "坪坝村", "脱贫户", "2"]),
      data(3, ["433126-0000021", "433126", "古阳镇", "坪坝村", "脱贫户", "2"]),
    ]);
    expect(result).toEqual({ valid: [expect.objectContaining({ row: 3, povertyStatus: "LIFTED" })], rejects: [] });
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
      { row: 6, reason: "有劳动力人数：有劳动力人数应为0–30的整数" },
      { row: 7, reason: "有劳动力人数：有劳动力人数应为0–30的整数" },
      { row: 8, reason: "户编号：户编号应为4–40位数字、字母或横线" },
      { row: 9, reason: "村：村不能为空" },
    ]);
  });

  it("refuses the whole file when a required column is missing or there is no header", () => {
    expect(() => validateRegistryRows([{ row: 1, cells: ["householdCode", "regionCode"] }])).toThrow(
      /第 1 行（表头）缺少列：乡镇（township）、村（village）/,
    );
    expect(() => validateRegistryRows([{ row: 1, cells: ["古丈县农户名册"] }, data(2, ["x", "y"])])).toThrow(/没有找到表头行/);
    expect(() => validateRegistryRows([])).toThrow(/没有数据/);
  });
});
