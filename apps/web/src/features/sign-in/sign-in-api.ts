import { type SignInAccepted, SignInAcceptedSchema, type User, UserResponseSchema } from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

/**
 * Asks for a code. The answer is the same whether or not a seeker has the number; the phone
 * number goes in the body only (never a URL) and the page keeps it in memory only.
 */
export function requestSignInCode(phone: string): Promise<SignInAccepted> {
  return requestJson("/api/public/sign-in", SignInAcceptedSchema, {
    method: "POST",
    body: { phone },
    ignoreUnauthenticated: true,
    errorMessages: {
      VALIDATION_FAILED: "手机号不对，请再看一下",
      RATE_LIMITED: "获取验证码太频繁了。为了保护您的信息，请过10分钟再试",
    },
  });
}

/** The code from the text message; on success the server sets the seeker's session cookie. */
export async function verifySignInCode(verificationId: string, code: string): Promise<User> {
  const { user } = await requestJson(`/api/public/verifications/${encodeURIComponent(verificationId)}`, UserResponseSchema, {
    method: "POST",
    body: { code },
    ignoreUnauthenticated: true,
    errorMessages: {
      VALIDATION_FAILED: "验证码不对或已过期",
      NOT_FOUND: "验证码已过期，请重新发送验证码",
      RATE_LIMITED: "输错的次数太多，这个验证码已经作废了。请重新发送验证码",
    },
  });
  return user;
}
