import fc from "fast-check";
import type { GenerateIdNumberInput } from "./generators.ts";
import { type Gender, PROVINCE_CODES } from "./id-number.ts";

/** Fixed "today" so date-dependent tests do not drift. */
export const TODAY = new Date("2024-06-01T04:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;
const FIRST_DAY = Date.UTC(1900, 0, 1);
const LAST_DAY = Date.UTC(2024, 5, 1);

export const regionCodeArb = fc
  .tuple(fc.constantFrom(...PROVINCE_CODES), fc.stringMatching(/^\d{4}$/))
  .map(([province, rest]) => province + rest);

export const birthDateArb = fc
  .integer({ min: 0, max: (LAST_DAY - FIRST_DAY) / DAY_MS })
  .map((days) => new Date(FIRST_DAY + days * DAY_MS).toISOString().slice(0, 10));

export const genderArb = fc.constantFrom<Gender>("MALE", "FEMALE");

export const idInputArb: fc.Arbitrary<GenerateIdNumberInput> = fc
  .record({
    regionCode: regionCodeArb,
    birthDate: birthDateArb,
    gender: genderArb,
    half: fc.integer({ min: 0, max: 499 }),
    withSequence: fc.boolean(),
  })
  .map(({ half, withSequence, ...rest }) => (withSequence ? { ...rest, sequence: half * 2 + (rest.gender === "MALE" ? 1 : 0) } : rest));

export const seedArb = fc.integer({ min: 0, max: 0xffffffff });
