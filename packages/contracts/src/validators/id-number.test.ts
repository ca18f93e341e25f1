import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createSeededRandom, generateIdNumber } from "./generators.ts";
import {
  computeIdNumberCheckChar,
  IdNumberSchema,
  normalizeIdNumber,
  PROVINCE_CODES,
  parseIdNumber,
  validateIdNumber,
} from "./id-number.ts";
import { idInputArb, seedArb, TODAY } from "./test-arbitraries.ts";

/** Builds an ID with a correct check char, so only the part under test can be wrong. */
function withCheckChar(first17: string): string {
  return first17 + computeIdNumberCheckChar(first17);
}

describe("validateIdNumber — known examples", () => {
  it("accepts the published example 11010519491231002X", () => {
    expect(validateIdNumber("11010519491231002X", TODAY)).toEqual({
      ok: true,
      value: "11010519491231002X",
    });
    expect(parseIdNumber("11010519491231002X")).toEqual({
      regionCode: "110105",
      birthDate: "1949-12-31",
      gender: "FEMALE",
    });
  });

  it("reads lowercase x as X and trims", () => {
    expect(normalizeIdNumber(" 11010519491231002x ")).toBe("11010519491231002X");
    expect(validateIdNumber(" 11010519491231002x\n", TODAY)).toEqual({
      ok: true,
      value: "11010519491231002X",
    });
  });

  it("computes the check char over 17 digits", () => {
    expect(computeIdNumberCheckChar("11010519491231002")).toBe("X");
    // GB 11643-1999's own example (born 1880, so only the check char is tested here).
    expect(computeIdNumberCheckChar("44052418800101001")).toBe("4");
    expect(() => computeIdNumberCheckChar("1101051949123100")).toThrow(RangeError);
  });

  // One vector per MOD 11 remainder 0–10, computed by an independent implementation,
  // so a mistake in any weight or in the remainder→char map is caught.
  it.each([
    "433126197003136661",
    "433126197302187290",
    "43312619550914060X",
    "433126198204020889",
    "433126198402193158",
    "433126195510105377",
    "433126195302275486",
    "433126197707032465",
    "433126196810031204",
    "433126198602086453",
    "433126197906102542",
  ])("accepts reference vector %s", (id) => {
    expect(computeIdNumberCheckChar(id.slice(0, 17))).toBe(id.charAt(17));
    expect(validateIdNumber(id, TODAY)).toEqual({ ok: true, value: id });
  });

  it("derives MALE from an odd 17th digit", () => {
    const id = withCheckChar("43312619900101123");
    expect(parseIdNumber(id).gender).toBe("MALE");
  });
});

describe("validateIdNumber — rejections", () => {
  it("rejects wrong length and bad characters", () => {
    expect(validateIdNumber("1101051949123100", TODAY)).toEqual({ ok: false, reason: "身份证号应为18位" });
    expect(validateIdNumber("11010519491231002XX", TODAY).ok).toBe(false);
    expect(validateIdNumber("", TODAY).ok).toBe(false);
    expect(validateIdNumber("1101051949123100XX", TODAY).ok).toBe(false);
    expect(validateIdNumber("11010519491231002Y", TODAY).ok).toBe(false);
  });

  it("rejects a wrong check character", () => {
    expect(validateIdNumber("110105194912310021", TODAY)).toEqual({ ok: false, reason: "校验码不正确" });
  });

  it("accepts every GB/T 2260 province-level code", () => {
    // Written out rather than read from PROVINCE_CODES, so a code dropped from the set is caught.
    const provinces = "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82";
    expect([...PROVINCE_CODES].sort()).toEqual(provinces.split(" "));
    for (const province of provinces.split(" ")) {
      expect(validateIdNumber(withCheckChar(`${province}010519491231002`), TODAY).ok).toBe(true);
    }
  });

  it("rejects every two-digit prefix that is not a province", () => {
    const bad = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0")).filter((p) => !PROVINCE_CODES.includes(p));
    expect(bad).toContain("10");
    expect(bad).toContain("47");
    expect(bad).toContain("91");
    for (const province of bad) {
      expect(validateIdNumber(withCheckChar(`${province}010519491231002`), TODAY)).toEqual({
        ok: false,
        reason: "省份代码无效",
      });
    }
  });

  it("rejects impossible dates and dates before 1900", () => {
    const invalid = { ok: false, reason: "出生日期无效" };
    expect(validateIdNumber(withCheckChar("11010519490230002"), TODAY)).toEqual(invalid);
    expect(validateIdNumber(withCheckChar("11010519491301002"), TODAY)).toEqual(invalid);
    expect(validateIdNumber(withCheckChar("11010519000229002"), TODAY)).toEqual(invalid);
    expect(validateIdNumber(withCheckChar("11010518991231002"), TODAY)).toEqual(invalid);
    expect(validateIdNumber(withCheckChar("11010520000229002"), TODAY).ok).toBe(true);
    expect(validateIdNumber(withCheckChar("11010519000101002"), TODAY).ok).toBe(true);
  });

  it("rejects a birth date after today, in China's calendar", () => {
    expect(validateIdNumber(withCheckChar("11010520240601002"), TODAY).ok).toBe(true);
    expect(validateIdNumber(withCheckChar("11010520240602002"), TODAY)).toEqual({
      ok: false,
      reason: "出生日期不能晚于今天",
    });
    // 16:30 UTC is already the next day in Beijing.
    const lateEvening = new Date("2024-06-01T16:30:00Z");
    expect(validateIdNumber(withCheckChar("11010520240602002"), lateEvening).ok).toBe(true);
    expect(validateIdNumber(withCheckChar("11010520240603002"), lateEvening).ok).toBe(false);
  });
});

describe("validateIdNumber — properties", () => {
  it("every generated ID validates and parses back to its inputs", () => {
    fc.assert(
      fc.property(idInputArb, seedArb, (input, seed) => {
        const id = generateIdNumber(input, createSeededRandom(seed));
        expect(validateIdNumber(id, TODAY)).toEqual({ ok: true, value: id });
        expect(parseIdNumber(id)).toEqual({
          regionCode: input.regionCode,
          birthDate: input.birthDate,
          gender: input.gender,
        });
        if (input.sequence !== undefined) {
          expect(id.slice(14, 17)).toBe(String(input.sequence).padStart(3, "0"));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("changing any one of the first 17 digits makes validation fail", () => {
    fc.assert(
      fc.property(idInputArb, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (input, position, delta) => {
        const id = generateIdNumber(input, createSeededRandom(position));
        const digit = (Number(id.charAt(position)) + delta) % 10;
        const mutated = id.slice(0, position) + String(digit) + id.slice(position + 1);
        expect(mutated).not.toBe(id);
        expect(validateIdNumber(mutated, TODAY).ok).toBe(false);
        // The check char alone must catch it, not just the province or date rules.
        expect(computeIdNumberCheckChar(mutated.slice(0, 17))).not.toBe(id.charAt(17));
      }),
      { numRuns: 1000 },
    );
  });

  it("any other check character is rejected", () => {
    fc.assert(
      fc.property(idInputArb, fc.constantFrom(..."0123456789X"), (input, check) => {
        const id = generateIdNumber(input);
        fc.pre(check !== id.charAt(17));
        expect(validateIdNumber(id.slice(0, 17) + check, TODAY)).toEqual({
          ok: false,
          reason: "校验码不正确",
        });
      }),
    );
  });
});

describe("IdNumberSchema", () => {
  const Body = z.strictObject({ idNumber: IdNumberSchema });

  it("normalises inside a strict object", () => {
    expect(Body.parse({ idNumber: " 11010519491231002x" })).toEqual({
      idNumber: "11010519491231002X",
    });
  });

  it("reports the Chinese reason at the field path", () => {
    const result = Body.safeParse({ idNumber: "110105194912310021" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["idNumber"], message: "校验码不正确" })]);
    expect(Body.safeParse({ idNumber: 110105 }).success).toBe(false);
    expect(Body.safeParse({ idNumber: "11010519491231002X", extra: 1 }).success).toBe(false);
  });

  it("rejects a future birth date at parse time", () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(IdNumberSchema.safeParse(withCheckChar(`110105${nextYear}0101002`)).success).toBe(false);
  });

  it("can be rendered to JSON Schema for OpenAPI", () => {
    expect(z.toJSONSchema(Body, { io: "input" })).toMatchObject({
      properties: { idNumber: { type: "string" } },
    });
    expect(z.toJSONSchema(Body)).toMatchObject({ properties: { idNumber: { type: "string" } } });
  });
});
