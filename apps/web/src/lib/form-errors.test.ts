import { describe, expect, it } from "vitest";
import { getFirstErrorField, mapIssuesToFields, toChineseMessage } from "./form-errors.ts";

const FIELDS = ["title", "wageMin", "wageMax"] as const;

describe("mapIssuesToFields", () => {
  it("reads the API's body-prefixed paths and a form's own paths alike", () => {
    const { fieldErrors, otherErrors } = mapIssuesToFields(
      [
        { path: ["body", "wageMax"], message: "最高工资不能低于最低工资" },
        { path: ["title"], message: "岗位名称至少2个字" },
        { path: ["title"], message: "second one is dropped" },
      ],
      FIELDS,
    );
    expect(fieldErrors).toEqual({ wageMax: "最高工资不能低于最低工资", title: "岗位名称至少2个字" });
    expect(otherErrors).toEqual([]);
  });

  it("keeps issues of unknown fields apart, in Chinese", () => {
    const { fieldErrors, otherErrors } = mapIssuesToFields(
      [
        { path: ["body", "extra"], message: 'Unrecognized key: "extra"' },
        { path: [], message: "至少修改一项" },
      ],
      FIELDS,
    );
    expect(fieldErrors).toEqual({});
    expect(otherErrors).toEqual(["填写的内容不符合要求", "至少修改一项"]);
  });
});

describe("toChineseMessage", () => {
  it("replaces English validator text", () => {
    expect(toChineseMessage("Too big: expected number to be <=1000000")).toBe("填写的内容不符合要求");
    expect(toChineseMessage("Invalid input", "请填写数字")).toBe("请填写数字");
    expect(toChineseMessage("统一社会信用代码校验位不正确")).toBe("统一社会信用代码校验位不正确");
  });
});

describe("getFirstErrorField", () => {
  it("follows the form order", () => {
    expect(getFirstErrorField({ wageMax: "x", title: "y" }, FIELDS)).toBe("title");
    expect(getFirstErrorField({}, FIELDS)).toBeUndefined();
  });
});
