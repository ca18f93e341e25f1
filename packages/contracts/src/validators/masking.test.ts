import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSeededRandom, generateIdNumber, generatePhone } from "./generators.ts";
import { maskIdNumber, maskPhone } from "./masking.ts";
import { idInputArb, seedArb } from "./test-arbitraries.ts";

describe("maskIdNumber", () => {
  it("keeps the first 6 and last 4 characters", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
    expect(maskIdNumber("11010519491231002x")).toBe("110105********002X");
  });

  it("masks a malformed value completely", () => {
    expect(maskIdNumber("1101051949123")).toBe("*************");
    expect(maskIdNumber("")).toBe("");
  });

  it("never reveals the birth date digits", () => {
    fc.assert(
      fc.property(idInputArb, (input) => {
        const id = generateIdNumber(input);
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(18);
        expect(masked).toBe(`${id.slice(0, 6)}********${id.slice(14)}`);
      }),
    );
  });
});

describe("maskPhone", () => {
  it("keeps the first 3 and last 4 digits", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("+86 138-1234-5678")).toBe("138****5678");
  });

  it("masks a malformed value completely", () => {
    expect(maskPhone("1381234567")).toBe("**********");
  });

  it("matches the documented shape for generated phones", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const phone = generatePhone(createSeededRandom(seed));
        expect(maskPhone(phone)).toMatch(/^1[3-9]\d\*{4}\d{4}$/);
        expect(maskPhone(phone).slice(7)).toBe(phone.slice(7));
      }),
    );
  });
});
