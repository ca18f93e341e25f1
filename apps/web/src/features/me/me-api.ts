import {
  type MyBadgeResponse,
  MyBadgeResponseSchema,
  type MyIntent,
  MyIntentsResponseSchema,
  type MyInterestRequest,
  type MyInterestResponse,
  MyInterestResponseSchema,
  type MyMatch,
  MyMatchesResponseSchema,
  type MySeekerResponse,
  MySeekerResponseSchema,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

/** How many matched jobs the seeker's page shows. */
export const MY_MATCHES_LIMIT = 10;

export function getMySeeker(signal?: AbortSignal): Promise<MySeekerResponse> {
  return requestJson("/api/me/seeker", MySeekerResponseSchema, { signal });
}

export function getMyBadge(signal?: AbortSignal): Promise<MyBadgeResponse> {
  return requestJson("/api/me/badge", MyBadgeResponseSchema, { signal });
}

export async function getMyMatches(signal?: AbortSignal): Promise<MyMatch[]> {
  const { matches } = await requestJson(`/api/me/matches?limit=${MY_MATCHES_LIMIT}`, MyMatchesResponseSchema, { signal });
  return matches;
}

export async function getMyIntents(signal?: AbortSignal): Promise<MyIntent[]> {
  const { intents } = await requestJson("/api/me/intents", MyIntentsResponseSchema, { signal });
  return intents;
}

export function postInterest(request: MyInterestRequest): Promise<MyInterestResponse> {
  return requestJson("/api/me/interests", MyInterestResponseSchema, {
    method: "POST",
    body: request,
    errorMessages: {
      FAIR_NOT_OPEN: "这场招聘会现在不在进行中，请到现场或稍后再试",
      CONFLICT: "这个岗位已经停止招聘了",
      NOT_FOUND: "这个岗位已经不在了",
    },
  });
}
