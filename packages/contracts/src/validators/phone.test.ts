import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createSeededRandom, generatePhone } from "./generators.ts";
import { normalizePhone, PhoneSchema, validatePhone } from "./phone.ts";
import { seedArb } from "./test-arbitraries.ts";

describe("validatePhone", () => {
  it.each([
    ["13800138000", "13800138000"],
    ["19912345678", "19912345678"],
    ["166 1234 5678", "16612345678"],
    ["138-0013-8000", "13800138000"],
    ["+8613800138000", "13800138000"],
    ["+86 138 0013 8000", "13800138000"],
    [" 15912345678 ", "15912345678"],
  ])("accepts %j", (input, value) => {
    expect(validatePhone(input)).toEqual({ ok: true, value });
  });

  it.each([
    "12800138000", // second digit 2
    "10800138000",
    "23800138000",
    "1380013800", // 10 digits
    "138001380001", // 12 digits
    "8613800138000", // country code without +
    "+8512800138000",
    "1380013800a",
    "",
    "021-12345678", // landline
  ])("rejects %j", (input) => {
    expect(validatePhone(input).ok).toBe(false);
  });

  it("strips separators and +86 only", () => {
    expect(normalizePhone("+86 138-0013 8000")).toBe("13800138000");
    expect(normalizePhone("0086 13800138000")).toBe("008613800138000");
  });

  it("every generated phone validates", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const phone = generatePhone(createSeededRandom(seed));
        expect(phone).toMatch(/^1[3-9]\d{9}$/);
        expect(validatePhone(phone)).toEqual({ ok: true, value: phone });
      }),
    );
  });
});

describe("PhoneSchema", () => {
  const Body = z.strictObject({ phone: PhoneSchema });

  it("normalises inside a strict object", () => {
    expect(Body.parse({ phone: "+86 138-0013-8000" })).toEqual({ phone: "13800138000" });
  });

  it("reports the Chinese reason at the field path", () => {
    const result = Body.safeParse({ phone: "12800138000" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["phone"], message: "手机号格式不正确" })]);
  });
});
