// The phone sign-in's small rules: what a typed phone number becomes, and when a new code
// may be asked for (the server allows a few per phone in ten minutes; the page waits a minute).
import { SignInRequestSchema } from "@xiezuo/contracts";
import { toChineseMessage } from "../../lib/form-errors.ts";

/** Seconds the page waits before it offers 重新发送验证码. */
export const RESEND_COOLDOWN_SECONDS = 60;

/** Whole seconds left before a new code may be asked for (0: now). */
export function getResendWait(sentAt: string, now: number, cooldownSeconds = RESEND_COOLDOWN_SECONDS): number {
  const left = Date.parse(sentAt) + cooldownSeconds * 1000 - now;
  return Number.isFinite(left) ? Math.max(0, Math.ceil(left / 1000)) : 0;
}

export type PhoneCheck = { ok: true; phone: string } | { ok: false; message: string };

/** Checks the typed number with the API's own schema (spaces, dashes and +86 are fine). */
export function checkSignInPhone(input: string): PhoneCheck {
  if (input.trim() === "") return { ok: false, message: "请填写您的手机号，验证码会发到这个号码" };
  const parsed = SignInRequestSchema.safeParse({ phone: input });
  if (parsed.success) return { ok: true, phone: parsed.data.phone };
  return { ok: false, message: toChineseMessage(parsed.error.issues[0]?.message ?? "", "手机号不对，请再看一下") };
}
