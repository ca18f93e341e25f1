import {
  type ConfirmRegistrationResponse,
  ConfirmRegistrationResponseSchema,
  type RegistrationListResponse,
  RegistrationListResponseSchema,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

export const PRE_REGISTRATION_PAGE_SIZE = 100;

/** People who signed up online for the fair but never entered their code (masked). */
export function listUnconfirmedRegistrations(fairId: string, signal?: AbortSignal): Promise<RegistrationListResponse> {
  const query = new URLSearchParams({ state: "UNCONFIRMED", limit: String(PRE_REGISTRATION_PAGE_SIZE) });
  return requestJson(`/api/fairs/${encodeURIComponent(fairId)}/registrations?${query}`, RegistrationListResponseSchema, { signal });
}

/** The desk has seen the ID card: the seeker is created or linked, ready to check in. */
export function confirmRegistration(registrationId: string): Promise<ConfirmRegistrationResponse> {
  return requestJson(`/api/registrations/${encodeURIComponent(registrationId)}/confirm`, ConfirmRegistrationResponseSchema, {
    method: "POST",
    errorMessages: {
      NOT_FOUND: "没有找到这条报名，可能已被确认",
      CONFLICT: "这条报名已经确认过了，请直接扫码或输入身份证号签到",
    },
  });
}
