import { describe, expect, it } from "vitest";
import { buildTemplateCsv, checkImportFile, getImportPhase } from "./household-template.ts";

describe("buildTemplateCsv", () => {
  it("has the contract's columns in order, with a BOM for Excel", () => {
    expect(buildTemplateCsv()).toBe("\uFEFFhouseholdCode,regionCode,township,village,povertyStatus,labourCapableMembers\r\n");
  });
});

describe("checkImportFile", () => {
  it("accepts CSV and XLSX up to 20 MB", () => {
    expect(checkImportFile({ name: "古丈名册.CSV", size: 10 })).toBeNull();
    expect(checkImportFile({ name: "registry.xlsx", size: 20 * 1024 * 1024 })).toBeNull();
  });

  it("explains what is wrong", () => {
    expect(checkImportFile({ name: "registry.xls", size: 10 })).toBe("只支持 CSV（UTF-8）和 Excel（.xlsx）文件");
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
