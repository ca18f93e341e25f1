import {
  type PublicRegistrationRequest,
  type RegistrationAccepted,
  RegistrationAcceptedSchema,
  SearchPositionsResponseSchema,
  type User,
  UserResponseSchema,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

/**
 * Sends the form; the answer is the same whether or not the person is known. The ID and
 * phone numbers go in the body only (never a URL) and are not kept by the page afterwards.
 */
export function submitRegistration(fairId: string, request: PublicRegistrationRequest): Promise<RegistrationAccepted> {
  return requestJson(`/api/public/fairs/${encodeURIComponent(fairId)}/registrations`, RegistrationAcceptedSchema, {
    method: "POST",
    body: request,
    ignoreUnauthenticated: true,
    errorMessages: {
      VALIDATION_FAILED: "有几项填得不对，请按红字提示修改",
      NOT_FOUND: "没有找到这场招聘会，请核对报名链接",
      FAIR_NOT_OPEN: "这场招聘会已经结束，不能再报名了",
      CONFLICT: "这场招聘会已经结束，不能再报名了",
      RATE_LIMITED: "提交得太频繁了。为了保护您的信息，请过10分钟再试",
    },
  });
}

/** The code from the text message; on success the server sets the seeker's session cookie. */
export async function verifyCode(verificationId: string, code: string): Promise<User> {
  const { user } = await requestJson(`/api/public/verifications/${encodeURIComponent(verificationId)}`, UserResponseSchema, {
    method: "POST",
    body: { code },
    ignoreUnauthenticated: true,
    errorMessages: {
      VALIDATION_FAILED: "验证码不对或已过期",
      NOT_FOUND: "验证码已过期，请重新填写报名",
      RATE_LIMITED: "输错的次数太多，这个验证码已经作废了。请点「重新填写」再获取一个",
    },
  });
  return user;
}

/** Cities where the fair's employers hire, most positions first, for the 意向城市 chips. */
export async function getFairCityFacets(fairId: string, signal?: AbortSignal): Promise<Record<string, number>> {
  const query = new URLSearchParams({ fairId, limit: "1" });
  const { facets } = await requestJson(`/api/search/positions?${query}`, SearchPositionsResponseSchema, { signal });
  return facets.city;
}
