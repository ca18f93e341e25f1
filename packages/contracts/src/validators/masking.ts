import { normalizeIdNumber } from "./id-number.ts";
import { normalizePhone } from "./phone.ts";

/**
 * `433126********123X`. A value of unexpected length is masked completely: a response
 * must never leak more of a malformed number than of a valid one.
 */
export function maskIdNumber(id: string): string {
  const value = normalizeIdNumber(id);
  if (value.length !== 18) return "*".repeat(value.length);
  return `${value.slice(0, 6)}********${value.slice(14)}`;
}

/** `138****5678`; a value that is not 11 characters after normalising is masked completely. */
export function maskPhone(p: string): string {
  const value = normalizePhone(p);
  if (value.length !== 11) return "*".repeat(value.length);
  return `${value.slice(0, 3)}****${value.slice(7)}`;
}
