import { describe, expect, it } from "vitest";
import { checkImportFile, getImportPhase, TEMPLATE_COLUMNS } from "./household-template.ts";

describe("TEMPLATE_COLUMNS", () => {
  it("names the columns in the template's order with the template's Chinese header words", () => {
    expect(TEMPLATE_COLUMNS.map((c) => c.header)).toEqual(["户编号", "行政区划代码", "乡镇", "村", "家庭类别", "有劳动力人数"]);
    expect(TEMPLATE_COLUMNS.find((c) => c.column === "povertyStatus")?.help).toBe("建档立卡户、脱贫户、防返贫监测户、一般户");
  });
});

describe("checkImportFile", () => {
  it("accepts CSV and XLSX up to 20 MB", () => {
    expect(checkImportFile({ name: "古丈名册.CSV", size: 10 })).toBeNull();
    expect(checkImportFile({ name: "registry.xlsx", size: 20 * 1024 * 1024 })).toBeNull();
  });

  it("explains what is wrong", () => {
    expect(checkImportFile({ name: "registry.xls", size: 10 })).toMatch(/旧版 \.xls.*另存为/);
    expect(checkImportFile({ name: "registry.pdf", size: 10 })).toBe("只支持 CSV 和 Excel 工作簿（.xlsx）文件");
    expect(checkImportFile({ name: "a.csv", size: 0 })).toBe("这个文件是空的");
    expect(checkImportFile({ name: "a.csv", size: 20 * 1024 * 1024 + 1 })).toBe("文件超过 20 MB，请拆成几个文件分别导入");
  });
});

describe("getImportPhase", () => {
  it("reports the upload until the last byte is sent", () => {
    expect(getImportPhase({ loaded: 0, total: 0 }, null)).toEqual({ phase: "uploading", percent: 0 });
    expect(getImportPhase({ loaded: 512, total: 1024 }, null)).toEqual({ phase: "uploading", percent: 50 });
  });

  it("then the rows the server has read, with a percentage once the total is known", () => {
    expect(getImportPhase({ loaded: 1024, total: 1024 }, null)).toEqual({
      phase: "processing",
      processedRows: 0,
      totalRows: null,
      percent: null,
    });
    expect(getImportPhase({ loaded: 1024, total: 1024 }, { processedRows: 2500, totalRows: null })).toMatchObject({ percent: null });
    expect(getImportPhase({ loaded: 1024, total: 1024 }, { processedRows: 2500, totalRows: 10000 })).toEqual({
      phase: "processing",
      processedRows: 2500,
      totalRows: 10000,
      percent: 25,
    });
  });

  it("shows server progress even while the last bytes are still going out (streaming import)", () => {
    expect(getImportPhase({ loaded: 900, total: 1024 }, { processedRows: 100, totalRows: null })).toMatchObject({ phase: "processing" });
  });
});
