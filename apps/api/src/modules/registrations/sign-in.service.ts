// A seeker signs in again on any phone: the phone number, then the code sent to it. The
// answer to the request is the same whether or not a seeker has the number (no enumeration):
// both write a sign-in row with a fresh code's hash; only a known number gets the message.
import crypto from "node:crypto";
import { maskPhone, type SignInAccepted, type SignInRequest } from "@xiezuo/contracts";
import type { Clock } from "../../lib/clock.ts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import { hashPhone } from "../../lib/personal-data.ts";
import type { RateLimitStore } from "../../lib/rate-limit-store.ts";
import { signInCodeText } from "../notifications/index.ts";
import { CODE_REQUEST_LIMITS, CODE_TTL_MS, type CodeRedemption, consumeCodeRequest, redeemCode } from "./one-time-code.ts";
import { generateVerificationCode, hashVerificationCode } from "./registration-code.ts";
import type { SeekerUser } from "./seeker-user.repository.ts";
import type { SignInRepository } from "./sign-in.repository.ts";

/** Same windows and counts as registrations, counted apart (keys `sign-in:…`). */
export const SIGN_IN_LIMITS = CODE_REQUEST_LIMITS;

const REFUSALS = {
  unusable: "验证码无效或已使用，请重新获取验证码",
  expired: "验证码已过期，请重新获取验证码",
  locked: "验证码输错次数过多，请重新获取验证码",
};

export function createSignInService(deps: {
  signIns: SignInRepository;
  sessions: { startSession(userId: string): Promise<{ token: string }> };
  rateLimits: RateLimitStore;
  fieldCrypto: FieldCrypto;
  clock: Clock;
}) {
  const { signIns, sessions, rateLimits, fieldCrypto, clock } = deps;

  const byCode: CodeRedemption<SeekerUser> = {
    async read(id) {
      const row = await signIns.findForVerification(id);
      return row && { ...row, spent: row.usedAt !== null };
    },
    recordFailedAttempt: (id, maxAttempts) => signIns.recordFailedAttempt(id, maxAttempts),
    claim: (id, now, maxAttempts) => signIns.claim(id, { now, maxAttempts }),
  };

  return {
    async requestCode(input: SignInRequest, client: { ip: string }): Promise<SignInAccepted> {
      await consumeCodeRequest(rateLimits, `sign-in:ip:${client.ip}`, SIGN_IN_LIMITS.perIp);
      const phoneHash = hashPhone(fieldCrypto, input.phone);
      await consumeCodeRequest(rateLimits, `sign-in:phone:${phoneHash}`, SIGN_IN_LIMITS.perPhone);
      const seeker = await signIns.findSeekerByPhoneHash(phoneHash);

      const id = crypto.randomUUID();
      // A code is made either way, so both paths do the same work up to the message.
      const code = generateVerificationCode();
      const expiresAt = new Date(clock.now().getTime() + CODE_TTL_MS);
      await signIns.create(
        { id, seekerId: seeker?.id ?? null, codeHash: hashVerificationCode(fieldCrypto, id, code), codeExpiresAt: expiresAt },
        seeker ? { kind: "VERIFICATION_CODE", seekerId: seeker.id, phoneMasked: seeker.phoneMasked, text: signInCodeText({ code }) } : null,
      );
      return { verificationId: id, expiresAt: expiresAt.toISOString(), phoneMasked: maskPhone(input.phone) };
    },

    /** Null when the id is no sign-in's (the verification path then tries registrations). */
    async verify(id: string, code: string): Promise<{ token: string; user: SeekerUser } | null> {
      if (!(await signIns.findForVerification(id))) return null;
      const user = await redeemCode(byCode, id, code, { fieldCrypto, clock, refusals: REFUSALS });
      const { token } = await sessions.startSession(user.id);
      return { token, user };
    },
  };
}

export type SignInService = ReturnType<typeof createSignInService>;
