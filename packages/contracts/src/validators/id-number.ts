import { z } from "zod";
import { toChinaDate } from "../calendar-dates.ts";
import type { ValidationResult } from "./validation-result.ts";

export type Gender = "MALE" | "FEMALE";

export interface ParsedIdNumber {
  /** Six-digit GB/T 2260 code as printed; may be a code that no longer exists. */
  regionCode: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  gender: Gender;
}

/**
 * Province-level GB/T 2260 codes. Only these two digits are checked: the other four
 * region digits may belong to counties that have since been merged or renamed, and
 * people keep their ID number for life.
 */
export const PROVINCE_CODES: readonly string[] = Object.freeze([
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "81",
  "82",
]);
const PROVINCE_CODE_SET = new Set(PROVINCE_CODES);

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = "10X98765432";
const EARLIEST_BIRTH_DATE = "1900-01-01";

export function normalizeIdNumber(s: string): string {
  return s.trim().toUpperCase();
}

/** ISO 7064 MOD 11-2 check character over the first 17 digits. */
export function computeIdNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError("computeIdNumberCheckChar expects exactly 17 digits");
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += (first17.charCodeAt(i) - 48) * (ID_WEIGHTS[i] ?? 0);
  }
  return ID_CHECK_CHARS.charAt(sum % 11);
}

/** True when `province` is a province-level GB/T 2260 code (first two ID digits). */
export function isProvinceCode(province: string): boolean {
  return PROVINCE_CODE_SET.has(province);
}

/** True when `yyyymmdd` (8 digits) names a day that exists in the Gregorian calendar. */
export function isCalendarDate(yyyymmdd: string): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC silently rolls 02-30 over to 03-02, so compare the parts back.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toIsoDate(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

export function validateIdNumber(s: string, today: Date = new Date()): ValidationResult {
  const value = normalizeIdNumber(s);
  if (value.length !== 18) return { ok: false, reason: "身份证号应为18位" };
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, reason: "身份证号只能包含数字，最后一位可为X" };
  }
  if (!isProvinceCode(value.slice(0, 2))) return { ok: false, reason: "省份代码无效" };

  const birth = value.slice(6, 14);
  if (!isCalendarDate(birth)) return { ok: false, reason: "出生日期无效" };
  // ISO dates compare correctly as strings.
  const birthDate = toIsoDate(birth);
  if (birthDate < EARLIEST_BIRTH_DATE) return { ok: false, reason: "出生日期无效" };
  if (birthDate > toChinaDate(today)) return { ok: false, reason: "出生日期不能晚于今天" };

  if (computeIdNumberCheckChar(value.slice(0, 17)) !== value.charAt(17)) {
    return { ok: false, reason: "校验码不正确" };
  }
  return { ok: true, value };
}

/** Reads the fields out of an ID number; call only on a value that passed `validateIdNumber`. */
export function parseIdNumber(valid: string): ParsedIdNumber {
  const value = normalizeIdNumber(valid);
  if (!/^\d{17}[\dX]$/.test(value)) {
    throw new RangeError("parseIdNumber expects a validated 18-character ID number");
  }
  return {
    regionCode: value.slice(0, 6),
    birthDate: toIsoDate(value.slice(6, 14)),
    gender: Number(value.charAt(16)) % 2 === 1 ? "MALE" : "FEMALE",
  };
}

/**
 * Normalises (trim, upper-case `x`) and validates. Uses overwrite + refine rather than a
 * transform so the schema stays string→string and can still be rendered into OpenAPI.
 */
export const IdNumberSchema = z
  .string()
  .overwrite(normalizeIdNumber)
  .superRefine((value, ctx) => {
    const result = validateIdNumber(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.reason });
  });
