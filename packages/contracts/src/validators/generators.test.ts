import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSeededRandom, generateCreditCode, generateIdNumber, generatePhone } from "./generators.ts";
import { seedArb } from "./test-arbitraries.ts";

describe("createSeededRandom", () => {
  it("is reproducible for a seed and stays in [0, 1)", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const a = createSeededRandom(seed);
        const b = createSeededRandom(seed);
        for (let i = 0; i < 50; i++) {
          const x = a();
          expect(b()).toBe(x);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it("matches the reference mulberry32 output", () => {
    const random = createSeededRandom(42);
    expect([random(), random(), random()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });

  it("spreads values over [0, 1)", () => {
    const random = createSeededRandom(7);
    const values = Array.from({ length: 1000 }, () => random());
    expect(new Set(values).size).toBe(1000);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it("gives different streams for different seeds", () => {
    const a = createSeededRandom(1);
    const b = createSeededRandom(2);
    expect([a(), a(), a()]).not.toEqual([b(), b(), b()]);
  });

  it("makes the generators reproducible", () => {
    const run = () => {
      const random = createSeededRandom(42);
      return [
        generateIdNumber({ regionCode: "433126", birthDate: "1990-01-01", gender: "MALE" }, random),
        generateCreditCode(random),
        generatePhone(random),
      ];
    };
    expect(run()).toEqual(run());
  });
});

describe("generateIdNumber", () => {
  it("uses the given sequence", () => {
    expect(generateIdNumber({ regionCode: "110105", birthDate: "1949-12-31", gender: "FEMALE", sequence: 2 })).toBe("11010519491231002X");
  });

  it("survives a random source that returns 1", () => {
    const id = generateIdNumber({ regionCode: "110105", birthDate: "1949-12-31", gender: "MALE" }, () => 1);
    expect(id.slice(14, 17)).toBe("999");
  });

  it.each([
    [{ regionCode: "100105", birthDate: "1949-12-31", gender: "MALE" as const }],
    [{ regionCode: "11010", birthDate: "1949-12-31", gender: "MALE" as const }],
    [{ regionCode: "110105", birthDate: "1949-02-30", gender: "MALE" as const }],
    [{ regionCode: "110105", birthDate: "19491231", gender: "MALE" as const }],
    [{ regionCode: "110105", birthDate: "1949-12-31", gender: "MALE" as const, sequence: 2 }],
    [{ regionCode: "110105", birthDate: "1949-12-31", gender: "FEMALE" as const, sequence: 1000 }],
    [{ regionCode: "110105", birthDate: "1949-12-31", gender: "MALE" as const, sequence: 1.5 }],
  ])("throws on impossible input %j", (input) => {
    expect(() => generateIdNumber(input)).toThrow(RangeError);
  });
});
