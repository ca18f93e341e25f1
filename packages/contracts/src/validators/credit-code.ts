import { z } from "zod";
import type { ValidationResult } from "./validation-result.ts";

/** GB 32100-2015 alphabet: digits and capitals without I, O, Z, S, V (easily misread). */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export function normalizeCreditCode(s: string): string {
  return s.trim().toUpperCase();
}

/** GB 32100-2015 check character (MOD 31) over the first 17 characters. */
export function computeCreditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError("computeCreditCodeCheckChar expects exactly 17 characters");
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const index = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i));
    if (index < 0) {
      throw new RangeError(`computeCreditCodeCheckChar: invalid character "${first17.charAt(i)}"`);
    }
    sum += index * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Checks length, alphabet, the six-digit region part and the check character. The
 * registration-department and category characters are not checked against a list:
 * new departments have been added since 2015 and the contract only fixes the check character.
 */
export function validateCreditCode(s: string): ValidationResult {
  const value = normalizeCreditCode(s);
  if (value.length !== 18) return { ok: false, reason: "统一社会信用代码应为18位" };
  if (!CREDIT_CODE_PATTERN.test(value)) {
    return { ok: false, reason: "统一社会信用代码含有无效字符（不使用I、O、Z、S、V）" };
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return { ok: false, reason: "统一社会信用代码第3至8位应为行政区划代码" };
  }
  if (computeCreditCodeCheckChar(value.slice(0, 17)) !== value.charAt(17)) {
    return { ok: false, reason: "校验码不正确" };
  }
  return { ok: true, value };
}

/** Normalises (trim, upper-case) and validates; string→string so it renders into OpenAPI. */
export const CreditCodeSchema = z
  .string()
  .overwrite(normalizeCreditCode)
  .superRefine((value, ctx) => {
    const result = validateCreditCode(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.reason });
  });
