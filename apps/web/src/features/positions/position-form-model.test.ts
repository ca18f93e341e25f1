import type { Position } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import {
  EMPTY_POSITION_FORM,
  type PositionFormValues,
  parseTags,
  toCreatePositionRequest,
  toPositionFormValues,
  toUpdatePositionRequest,
} from "./position-form-model.ts";

const EMPLOYER_ID = "6f1c1c1e-3b1a-4d6a-9a51-2f8a3c1d9e10";
const FAIR_A = "0b6a3c1e-3b1a-4d6a-9a51-2f8a3c1d9e11";
const FAIR_B = "0b6a3c1e-3b1a-4d6a-9a51-2f8a3c1d9e12";

const filled: PositionFormValues = {
  ...EMPTY_POSITION_FORM,
  title: " 车间技工 ",
  description: "车架电焊、氩弧焊作业",
  openings: "12",
  wageMin: "6,000",
  wageMax: "8000",
  city: "济南",
  foodProvided: true,
  lodgingProvided: true,
  ageMin: "20",
  ageMax: "",
  gender: "MALE",
  tags: "电焊，氩弧焊、 电焊",
  fairIds: [FAIR_A],
};

const original: Position = {
  id: "9d9a3c1e-3b1a-4d6a-9a51-2f8a3c1d9e13",
  employerId: EMPLOYER_ID,
  employer: { id: EMPLOYER_ID, name: "中国重型汽车集团有限公司", shortName: "重汽", kind: "SOE", city: "济南" },
  title: "车间技工",
  description: "车架电焊、氩弧焊作业",
  openings: 12,
  wageMin: 6000,
  wageMax: 8000,
  city: "济南",
  foodProvided: true,
  lodgingProvided: true,
  ageMin: 20,
  ageMax: null,
  gender: "MALE",
  tags: ["电焊", "氩弧焊"],
  status: "OPEN",
  fairIds: [FAIR_A],
  closedAt: null,
  createdAt: "2025-05-01T08:00:00.000Z",
  updatedAt: "2025-05-01T08:00:00.000Z",
};

describe("parseTags", () => {
  it("splits on Chinese and Latin separators and drops repeats", () => {
    expect(parseTags("电焊，氩弧焊、 电焊;持证 ")).toEqual(["电焊", "氩弧焊", "持证"]);
    expect(parseTags("  ")).toEqual([]);
  });
});

describe("toCreatePositionRequest", () => {
  it("builds the request an employer sends for itself", () => {
    const result = toCreatePositionRequest({ ...filled, employerId: EMPLOYER_ID }, { withEmployer: false });
    expect(result).toEqual({
      ok: true,
      request: {
        title: "车间技工",
        description: "车架电焊、氩弧焊作业",
        openings: 12,
        wageMin: 6000,
        wageMax: 8000,
        city: "济南",
        foodProvided: true,
        lodgingProvided: true,
        ageMin: 20,
        gender: "MALE",
        tags: ["电焊", "氩弧焊"],
        fairIds: [FAIR_A],
      },
    });
  });

  it("needs an employer when an admin posts", () => {
    const missing = toCreatePositionRequest(filled, { withEmployer: true });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.fieldErrors.employerId).toBe("请选择招聘单位");
    const given = toCreatePositionRequest({ ...filled, employerId: EMPLOYER_ID }, { withEmployer: true });
    expect(given.ok && given.request.employerId).toBe(EMPLOYER_ID);
  });

  it("explains empty, malformed and out-of-range numbers in Chinese", () => {
    const result = toCreatePositionRequest(
      { ...filled, openings: "", wageMin: "五千", wageMax: "2000000", ageMax: "12" },
      { withEmployer: false },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      openings: "请填写招聘人数",
      wageMin: "最低月工资请填写整数",
      wageMax: "最高月工资不能超过 1000000",
      ageMax: "年龄不低于16岁",
    });
  });

  it("uses the contract's range rules", () => {
    const result = toCreatePositionRequest(
      { ...filled, wageMin: "9000", ageMin: "40", ageMax: "30", title: "焊" },
      { withEmployer: false },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      title: "岗位名称至少2个字",
      wageMax: "最高工资不能低于最低工资",
      ageMax: "最大年龄不能小于最小年龄",
    });
  });

  it("limits the length of each tag", () => {
    const result = toCreatePositionRequest({ ...filled, tags: "焊".repeat(21) }, { withEmployer: false });
    expect(!result.ok && result.fieldErrors.tags).toBe("每个标签不超过20个字");
  });
});

describe("toUpdatePositionRequest", () => {
  it("sends only what changed", () => {
    const values = { ...toPositionFormValues(original), wageMax: "8500", ageMin: "", fairIds: [FAIR_B, FAIR_A] };
    expect(toUpdatePositionRequest(values, original)).toEqual({
      ok: true,
      request: { wageMax: 8500, ageMin: null, fairIds: [FAIR_B, FAIR_A] },
    });
  });

  it("ignores a reordering of the same fairs and refuses an empty change", () => {
    const values = { ...toPositionFormValues(original), fairIds: [FAIR_A] };
    expect(toUpdatePositionRequest(values, original)).toEqual({ ok: false, fieldErrors: {}, otherErrors: ["没有修改任何内容"] });
  });

  it("round-trips a position through the form unchanged", () => {
    const values = toPositionFormValues(original);
    expect(values.tags).toBe("电焊、氩弧焊");
    expect(values.ageMax).toBe("");
    expect(toUpdatePositionRequest(values, original).ok).toBe(false);
  });
});
