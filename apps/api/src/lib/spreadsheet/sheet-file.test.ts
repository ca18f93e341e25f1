import { describe, expect, it } from "vitest";
import { detectFormat, readSheetRows } from "./sheet-file.ts";
import { saveAsGbkCsv, saveAsUnicodeText } from "./testing/spreadsheet-save.ts";
import { buildWorkbook } from "./testing/workbook.ts";

describe("readSheetRows (CSV)", () => {
  it("keeps multi-byte characters intact across parse slices and numbers rows as a spreadsheet does", { timeout: 30_000 }, async () => {
    // Long Chinese cells, so the 256 KiB parse slices end inside three-byte characters.
    const village = "红石林镇坐苦坝村白溪关村默戎镇龙鼻村断龙山镇田家洞村";
    const lines = ["householdCode,village"];
    for (let i = 0; i < 6_000; i++) lines.push(`H-${i},"${village},${i}"`);
    const file = Buffer.from(`\uFEFF${lines.join("\r\n")}`);
    expect(file.length).toBeGreaterThan(2 * 256 * 1024);
    const { rows, encoding } = await readSheetRows(file, "csv");
    expect(encoding).toBe("utf8");
    expect(rows).toHaveLength(6_001);
    expect(rows[0]).toEqual({ row: 1, cells: ["householdCode", "village"] });
    const wrong = rows.slice(1).filter((r, i) => r.row !== i + 2 || r.cells[0] !== `H-${i}` || r.cells[1] !== `${village},${i}`);
    expect(wrong).toEqual([]);
  });

  it("skips blank lines without shifting the row numbers after them", async () => {
    const { rows } = await readSheetRows(Buffer.from("a,b\n\n1,2\n,\n3,4\n"), "csv");
    expect(rows).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 3, cells: ["1", "2"] },
      { row: 5, cells: ["3", "4"] },
    ]);
  });

  it("reads GBK as Excel and WPS save it, across parse slices, with the same row numbers", { timeout: 30_000 }, async () => {
    const lines = ["户编号,村"];
    for (let i = 0; i < 12_000; i++) lines.push(`H-${i},红石林镇坐苦坝村白溪关村默戎镇龙鼻村${i}`);
    const file = saveAsGbkCsv(lines.join("\r\n"));
    expect(file.length).toBeGreaterThan(2 * 256 * 1024);
    const { rows, encoding } = await readSheetRows(file, "csv");
    expect(encoding).toBe("gb18030");
    expect(rows[0]).toEqual({ row: 1, cells: ["户编号", "村"] });
    const wrong = rows.slice(1).filter((r, i) => r.row !== i + 2 || r.cells[1] !== `红石林镇坐苦坝村白溪关村默戎镇龙鼻村${i}`);
    expect(wrong).toEqual([]);
  });

  it("reads Excel's Unicode text (UTF-16 with a byte-order mark, tab-separated)", async () => {
    const file = saveAsUnicodeText("户编号\t村\r\nH-1\t坪坝村, 二组\r\n");
    expect(await readSheetRows(file, "csv")).toEqual({
      encoding: "utf16le",
      rows: [
        { row: 1, cells: ["户编号", "村"] },
        { row: 2, cells: ["H-1", "坪坝村, 二组"] },
      ],
    });
  });

  it("refuses text in no encoding it knows and a broken quote, in Chinese, saying how to save the file", async () => {
    const utf16WithoutBom = Buffer.from("户编号,村\r\nH-1,坪坝村\r\n", "utf16le");
    await expect(readSheetRows(utf16WithoutBom, "csv")).rejects.toThrow(/文字编码.*另存为/);
    await expect(readSheetRows(Buffer.from([0x61, 0x2c, 0xb9, 0xc5, 0xff, 0x0a]), "csv")).rejects.toThrow(/文字编码/);
    await expect(readSheetRows(Buffer.from('a,b\n"1,2\n'), "csv")).rejects.toThrow(/CSV 格式错误/);
  });
});

describe("readSheetRows (XLSX) and detectFormat", () => {
  it("reads the first sheet as text, numbers included, and tells a workbook from a CSV by its bytes", async () => {
    const file = await buildWorkbook([
      ["householdCode", "labourCapableMembers"],
      ["433126-0000001", 2],
    ]);
    expect(detectFormat(file)).toBe("xlsx");
    expect(detectFormat(Buffer.from("a,b\n"))).toBe("csv");
    expect(() => detectFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toThrow(/\.xls.*另存为/);
    expect(await readSheetRows(file, "xlsx")).toEqual({
      encoding: null,
      rows: [
        { row: 1, cells: ["householdCode", "labourCapableMembers"] },
        { row: 2, cells: ["433126-0000001", "2"] },
      ],
    });
  });

  it("refuses a damaged workbook with a Chinese reason", async () => {
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2048, 7)]);
    await expect(readSheetRows(damaged, "xlsx")).rejects.toThrow(/损坏|没有工作表/);
  });
});
