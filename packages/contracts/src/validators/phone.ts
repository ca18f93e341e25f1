import { z } from "zod";
import type { ValidationResult } from "./validation-result.ts";

const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** Strips the separators people type (spaces, dashes) and a leading +86 country code. */
export function normalizePhone(s: string): string {
  const compact = s.replace(/[\s-]/g, "");
  return compact.startsWith("+86") ? compact.slice(3) : compact;
}

export function validatePhone(s: string): ValidationResult {
  const value = normalizePhone(s);
  if (!/^\d{11}$/.test(value)) return { ok: false, reason: "手机号应为11位数字" };
  if (!MOBILE_PATTERN.test(value)) return { ok: false, reason: "手机号格式不正确" };
  return { ok: true, value };
}

/** Normalises and validates a mainland mobile number; string→string so it renders into OpenAPI. */
export const PhoneSchema = z
  .string()
  .overwrite(normalizePhone)
  .superRefine((value, ctx) => {
    const result = validatePhone(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.reason });
  });
