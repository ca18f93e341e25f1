// One-time codes for pre-registrations. The code itself is never stored: only an HMAC under
// a key derived for this purpose, bound to the registration id, so a leaked table gives
// neither the codes nor a way to reuse one row's hash for another registration.
import crypto from "node:crypto";
import { VERIFICATION_CODE_LENGTH } from "@xiezuo/contracts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";

const PURPOSE = "registration-code:v1";

/** Uniform over all codes of VERIFICATION_CODE_LENGTH digits, leading zeros included. */
export function generateVerificationCode(): string {
  return String(crypto.randomInt(0, 10 ** VERIFICATION_CODE_LENGTH)).padStart(VERIFICATION_CODE_LENGTH, "0");
}

export function hashVerificationCode(fieldCrypto: FieldCrypto, registrationId: string, code: string): string {
  return fieldCrypto.sign(PURPOSE, Buffer.from(`${registrationId}:${code}`, "utf8")).toString("base64url");
}

/** Constant time, so response timing says nothing about how close a guess was. */
export function isVerificationCode(fieldCrypto: FieldCrypto, registrationId: string, code: string, storedHash: string): boolean {
  const actual = Buffer.from(hashVerificationCode(fieldCrypto, registrationId, code), "utf8");
  const expected = Buffer.from(storedHash, "utf8");
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}
