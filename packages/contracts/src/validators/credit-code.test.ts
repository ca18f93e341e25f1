import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CREDIT_CODE_CHARSET, CreditCodeSchema, computeCreditCodeCheckChar, validateCreditCode } from "./credit-code.ts";
import { createSeededRandom, generateCreditCode } from "./generators.ts";
import { seedArb } from "./test-arbitraries.ts";

describe("validateCreditCode", () => {
  it("accepts the real-world example 91350100M000100Y43", () => {
    expect(computeCreditCodeCheckChar("91350100M000100Y4")).toBe("3");
    expect(validateCreditCode("91350100M000100Y43")).toEqual({
      ok: true,
      value: "91350100M000100Y43",
    });
  });

  // Further published codes of large companies, cross-checked by an independent implementation.
  it.each([
    "914403001922038216",
    "91330100716105852F",
    "9144030071526726XG",
    "91110000802100433B",
    "91310000MA1FL1MMXL",
    "91110108551385082Q",
  ])("accepts real-world code %s", (code) => {
    expect(computeCreditCodeCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
    expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
  });

  // Synthetic codes from an independent implementation: no zero characters, eight different
  // check characters, so every weight position is exercised.
  it.each([
    "12988943THGMLT64F0",
    "93329178MQLM6L1UHM",
    "91114418BFKU7H8MA2",
    "12128579YU3P9BR8HD",
    "93122725D31WN177Y6",
    "91877724RN9B3AB1EH",
    "91342118TG6NJ7FH7R",
    "9277277419WTKAX17L",
  ])("accepts reference vector %s", (code) => {
    expect(computeCreditCodeCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it("trims and upper-cases", () => {
    expect(validateCreditCode(" 91350100m000100y43 ")).toEqual({
      ok: true,
      value: "91350100M000100Y43",
    });
  });

  it("rejects wrong length", () => {
    expect(validateCreditCode("91350100M000100Y4")).toEqual({
      ok: false,
      reason: "统一社会信用代码应为18位",
    });
    expect(validateCreditCode("91350100M000100Y433").ok).toBe(false);
  });

  it("rejects the letters I, O, Z, S, V anywhere", () => {
    for (const letter of "IOZSV") {
      const code = `91350100M000100Y4${letter}`;
      expect(validateCreditCode(code).ok).toBe(false);
      expect(validateCreditCode(`9135010${letter}M000100Y43`).ok).toBe(false);
    }
    for (const letter of "IOZSV") {
      expect(validateCreditCode(`91350100${letter}000100Y43`)).toEqual({
        ok: false,
        reason: "统一社会信用代码含有无效字符（不使用I、O、Z、S、V）",
      });
    }
    expect(() => computeCreditCodeCheckChar("91350100I000100Y4")).toThrow(RangeError);
  });

  it("rejects letters in the region part even with a matching check char", () => {
    const first17 = "9135A100M000100Y4";
    expect(validateCreditCode(first17 + computeCreditCodeCheckChar(first17))).toEqual({
      ok: false,
      reason: "统一社会信用代码第3至8位应为行政区划代码",
    });
  });

  it("rejects a wrong check character", () => {
    expect(validateCreditCode("91350100M000100Y44")).toEqual({ ok: false, reason: "校验码不正确" });
  });

  it("every generated code validates", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const code = generateCreditCode(createSeededRandom(seed));
        expect(code).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
        expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
      }),
      { numRuns: 500 },
    );
  });

  it("changing any one character to another charset character makes validation fail", () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (seed, position, delta) => {
        const code = generateCreditCode(createSeededRandom(seed));
        const index = CREDIT_CODE_CHARSET.indexOf(code.charAt(position));
        const replacement = CREDIT_CODE_CHARSET.charAt((index + delta) % 31);
        const mutated = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(mutated).not.toBe(code);
        expect(validateCreditCode(mutated).ok).toBe(false);
        if (position < 17) {
          expect(computeCreditCodeCheckChar(mutated.slice(0, 17))).not.toBe(code.charAt(17));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("CreditCodeSchema", () => {
  const Body = z.strictObject({ creditCode: CreditCodeSchema });

  it("normalises inside a strict object", () => {
    expect(Body.parse({ creditCode: "91350100m000100y43" })).toEqual({
      creditCode: "91350100M000100Y43",
    });
  });

  it("reports the Chinese reason at the field path", () => {
    const result = Body.safeParse({ creditCode: "91350100M000100Y44" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["creditCode"], message: "校验码不正确" })]);
  });
});
