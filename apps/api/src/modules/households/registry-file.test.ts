import { describe, expect, it } from "vitest";
import { detectFormat, readSheetRows } from "./registry-file.ts";
import { buildRegistryWorkbook } from "./testing/registry-workbook.ts";

describe("readSheetRows (CSV)", () => {
  it("keeps multi-byte characters intact across parse slices and numbers rows as a spreadsheet does", { timeout: 30_000 }, async () => {
    // Long Chinese cells, so the 256 KiB parse slices end inside three-byte characters.
    const village = "红石林镇坐苦坝村白溪关村默戎镇龙鼻村断龙山镇田家洞村";
    const lines = ["householdCode,village"];
    for (let i = 0; i < 6_000; i++) lines.push(`H-${i},"${village},${i}"`);
    const file = Buffer.from(`\uFEFF${lines.join("\r\n")}`);
    expect(file.length).toBeGreaterThan(2 * 256 * 1024);
    const rows = await readSheetRows(file, "csv");
    expect(rows).toHaveLength(6_001);
    expect(rows[0]).toEqual({ row: 1, cells: ["householdCode", "village"] });
    const wrong = rows.slice(1).filter((r, i) => r.row !== i + 2 || r.cells[0] !== `H-${i}` || r.cells[1] !== `${village},${i}`);
    expect(wrong).toEqual([]);
  });

  it("skips blank lines without shifting the row numbers after them", async () => {
    const rows = await readSheetRows(Buffer.from("a,b\n\n1,2\n,\n3,4\n"), "csv");
    expect(rows).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 3, cells: ["1", "2"] },
      { row: 5, cells: ["3", "4"] },
    ]);
  });

  it("refuses a file that is not UTF-8 and a broken quote, in Chinese", async () => {
    await expect(readSheetRows(Buffer.from([0x61, 0x2c, 0xb9, 0xc5, 0x0a]), "csv")).rejects.toThrow(/UTF-8/);
    await expect(readSheetRows(Buffer.from('a,b\n"1,2\n'), "csv")).rejects.toThrow(/CSV 格式错误/);
  });
});

describe("readSheetRows (XLSX) and detectFormat", () => {
  it("reads the first sheet as text, numbers included, and tells a workbook from a CSV by its bytes", async () => {
    const file = await buildRegistryWorkbook([
      ["householdCode", "labourCapableMembers"],
      ["433126-0000001", 2],
    ]);
    expect(detectFormat(file)).toBe("xlsx");
    expect(detectFormat(Buffer.from("a,b\n"))).toBe("csv");
    expect(() => detectFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toThrow(/xls/);
    expect(await readSheetRows(file, "xlsx")).toEqual([
      { row: 1, cells: ["householdCode", "labourCapableMembers"] },
      { row: 2, cells: ["433126-0000001", "2"] },
    ]);
  });

  it("refuses a damaged workbook with a Chinese reason", async () => {
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2048, 7)]);
    await expect(readSheetRows(damaged, "xlsx")).rejects.toThrow(/损坏|没有工作表/);
  });
});
