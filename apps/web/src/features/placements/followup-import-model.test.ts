import { FOLLOW_UP_IMPORT_HEADERS } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import {
  buildFollowUpTemplateCsv,
  checkFollowUpFile,
  describeFollowUpImport,
  FOLLOW_UP_TEMPLATE_COLUMNS,
  uploadPercent,
} from "./followup-import-model.ts";

describe("follow-up import template", () => {
  it("has the import's Chinese header words and one 示例 row", () => {
    const csv = buildFollowUpTemplateCsv("2026-05-10");
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(lines[0]).toBe("就业记录编号,身份证号,回访日期,是否在岗,月工资");
    expect(lines[1]).toBe("示例（导入前请删除此行）,433126199001011234,2026-05-10,是,4500");
    for (const c of FOLLOW_UP_TEMPLATE_COLUMNS) expect(FOLLOW_UP_IMPORT_HEADERS[c.column]).toContain(c.header);
  });
});

describe("checkFollowUpFile", () => {
  it("accepts CSV and XLSX up to 5 MB", () => {
    expect(checkFollowUpFile({ name: "回访.CSV", size: 10 })).toBeNull();
    expect(checkFollowUpFile({ name: "回访.xlsx", size: 5 * 1024 * 1024 })).toBeNull();
  });

  it("explains what is wrong", () => {
    expect(checkFollowUpFile({ name: "回访.xls", size: 10 })).toMatch(/旧版 \.xls.*另存为/);
    expect(checkFollowUpFile({ name: "回访.pdf", size: 10 })).toBe("只支持 CSV 和 Excel 工作簿（.xlsx）文件");
    expect(checkFollowUpFile({ name: "a.csv", size: 0 })).toBe("这个文件是空的");
    expect(checkFollowUpFile({ name: "a.csv", size: 5 * 1024 * 1024 + 1 })).toBe("文件超过 5 MB，请拆成几个文件分别导入");
  });
});

describe("upload and result wording", () => {
  it("rounds the upload down to whole percents", () => {
    expect(uploadPercent(0, 0)).toBe(0);
    expect(uploadPercent(999, 1000)).toBe(99);
    expect(uploadPercent(1000, 1000)).toBe(100);
  });

  it("says how many rows were recorded and how many were not", () => {
    expect(describeFollowUpImport({ recorded: 3, rejected: [] })).toBe("已记录 3 条回访，全部成功。");
    expect(describeFollowUpImport({ recorded: 2, rejected: [{ row: 4, reason: "x" }] })).toBe(
      "已记录 2 条回访，1 行未导入，请改正后重新导入这些行。",
    );
    expect(describeFollowUpImport({ recorded: 0, rejected: [] })).toBe("文件里没有可导入的行。");
  });
});
