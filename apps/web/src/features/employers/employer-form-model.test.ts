import { createSeededRandom, generateCreditCode } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { EMPTY_EMPLOYER_FORM, toCreateEmployerRequest } from "./employer-form-model.ts";

function validCode(): string {
  return generateCreditCode(createSeededRandom(7));
}

describe("toCreateEmployerRequest", () => {
  it("accepts a valid credit code typed with spaces and lower case", () => {
    const code = validCode();
    const spaced = `${code.slice(0, 6)} ${code.slice(6).toLowerCase()}`;
    const result = toCreateEmployerRequest({
      ...EMPTY_EMPLOYER_FORM,
      name: "济南二机床集团有限公司",
      creditCode: spaced,
      kind: "SOE",
      regionCode: "370100",
      city: "济南",
    });
    expect(result).toEqual({
      ok: true,
      request: { name: "济南二机床集团有限公司", creditCode: code, kind: "SOE", regionCode: "370100", city: "济南" },
    });
  });

  it("rejects a wrong check character with the contract's message", () => {
    const code = validCode();
    const last = code.at(-1) === "0" ? "1" : "0";
    const result = toCreateEmployerRequest({
      ...EMPTY_EMPLOYER_FORM,
      name: "测试企业",
      creditCode: `${code.slice(0, 17)}${last}`,
      regionCode: "370100",
      city: "济南",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.creditCode).toMatch(/校验/);
  });

  it("asks for every empty required field", () => {
    const result = toCreateEmployerRequest(EMPTY_EMPLOYER_FORM);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      name: "请填写企业全称",
      creditCode: "请填写统一社会信用代码",
      regionCode: "请填写所在地区划代码",
      city: "请填写所在城市",
    });
  });
});
