// What a pre-registration and a phone sign-in share: the limits on asking for codes (kept in
// PostgreSQL, so every API process counts the same requests) and the redemption of a code —
// tries counted atomically, expiry, lockout, and a conditional claim so one use wins.
import { AppError } from "../../lib/app-error.ts";
import type { Clock } from "../../lib/clock.ts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import type { RateLimitStore } from "../../lib/rate-limit-store.ts";
import { isVerificationCode } from "./registration-code.ts";

export const CODE_TTL_MS = 10 * 60_000;
export const MAX_CODE_ATTEMPTS = 5;
/** Fixed windows shared by every API process (rate_limits table), per kind of request. */
export const CODE_REQUEST_LIMITS = {
  windowMs: 10 * 60_000,
  /** Generous: a fair's Wi-Fi or a carrier's NAT puts many honest phones behind one address. */
  perIp: 20,
  /** Each request may send an SMS to that phone: a few resends, never a flood. */
  perPhone: 3,
} as const;

/** Counts the request first (atomic upsert), so concurrent requests can never all slip under the limit. */
export async function consumeCodeRequest(rateLimits: RateLimitStore, key: string, max: number): Promise<void> {
  const state = await rateLimits.hit(key, CODE_REQUEST_LIMITS.windowMs);
  if (state.count <= max) return;
  const minutes = Math.max(1, Math.ceil((state.resetAt.getTime() - Date.now()) / 60_000));
  throw new AppError("RATE_LIMITED", `提交过于频繁，请 ${minutes} 分钟后再试`);
}

export function codeRefused(message: string): AppError {
  return new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "code"], message }] });
}

/** What the person is told when a code cannot be used, in the words of its flow. */
export interface CodeRefusals {
  unusable: string;
  expired: string;
  locked: string;
}

/** A code row as redemption sees it; `spent`: already used (confirmed or signed in). */
export interface CodeState {
  codeHash: string;
  codeExpiresAt: Date;
  failedAttempts: number;
  spent: boolean;
}

export interface CodeRedemption<T> {
  read(id: string): Promise<CodeState | null>;
  /** Atomic; null when the row no longer takes guesses. */
  recordFailedAttempt(id: string, maxAttempts: number): Promise<number | null>;
  /** The conditional claim: null when it no longer holds (or there is nobody to hand over). */
  claim(id: string, now: Date, maxAttempts: number): Promise<T | null>;
}

/** The right code, in time, within the tries: whatever the claim hands over; else the reason, in Chinese. */
export async function redeemCode<T>(
  redemption: CodeRedemption<T>,
  id: string,
  code: string,
  deps: { fieldCrypto: FieldCrypto; clock: Clock; refusals: CodeRefusals },
): Promise<T> {
  const { fieldCrypto, clock, refusals } = deps;

  /** Why a code can no longer be used, read after a claim or a guess found the row changed. */
  async function refusalFor(): Promise<AppError> {
    const row = await redemption.read(id);
    if (row && !row.spent && row.failedAttempts >= MAX_CODE_ATTEMPTS) return new AppError("RATE_LIMITED", refusals.locked);
    if (row && !row.spent && row.codeExpiresAt <= clock.now()) return codeRefused(refusals.expired);
    return codeRefused(refusals.unusable);
  }

  const row = await redemption.read(id);
  if (!row || row.spent) throw codeRefused(refusals.unusable);
  if (row.failedAttempts >= MAX_CODE_ATTEMPTS) throw new AppError("RATE_LIMITED", refusals.locked);
  const now = clock.now();
  if (row.codeExpiresAt <= now) throw codeRefused(refusals.expired);
  if (!isVerificationCode(fieldCrypto, id, code, row.codeHash)) {
    const attempts = await redemption.recordFailedAttempt(id, MAX_CODE_ATTEMPTS);
    if (attempts === null) throw await refusalFor();
    const left = MAX_CODE_ATTEMPTS - attempts;
    throw codeRefused(left > 0 ? `验证码不正确，还可再试 ${left} 次` : refusals.locked);
  }
  const outcome = await redemption.claim(id, now, MAX_CODE_ATTEMPTS);
  if (!outcome) throw await refusalFor();
  return outcome;
}
