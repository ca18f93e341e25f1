import {
  type BadgeResponse,
  BadgeResponseSchema,
  type CreateSeekerRequest,
  type Seeker,
  type SeekerListResponse,
  SeekerListResponseSchema,
  SeekerResponseSchema,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

export const SEEKER_PAGE_SIZE = 20;

/** `q` is part of a name only: ID and phone numbers never go into a URL. */
export function listSeekers(q: string, offset: number, signal?: AbortSignal): Promise<SeekerListResponse> {
  const query = new URLSearchParams({ limit: String(SEEKER_PAGE_SIZE), offset: String(offset) });
  if (q) query.set("q", q);
  return requestJson(`/api/seekers?${query}`, SeekerListResponseSchema, { signal });
}

export async function getSeeker(id: string, signal?: AbortSignal): Promise<Seeker> {
  const { seeker } = await requestJson(`/api/seekers/${encodeURIComponent(id)}`, SeekerResponseSchema, {
    signal,
    errorMessages: { NOT_FOUND: "没有找到这位求职者" },
  });
  return seeker;
}

/** The seeker with this ID number (POST, so the number never appears in a URL); 404 when unknown. */
export async function lookupSeeker(idNumber: string): Promise<Seeker> {
  const { seeker } = await requestJson("/api/seekers/lookup", SeekerResponseSchema, {
    method: "POST",
    body: { idNumber },
    // A look-up sent as POST (the number stays out of the URL): it changes nothing.
    refreshAfter: false,
    errorMessages: { NOT_FOUND: "没有找到这位求职者，请现场登记" },
  });
  return seeker;
}

export async function createSeeker(request: CreateSeekerRequest): Promise<Seeker> {
  const { seeker } = await requestJson("/api/seekers", SeekerResponseSchema, {
    method: "POST",
    body: request,
    errorMessages: {
      CONFLICT: "这个身份证号已经登记过",
      VALIDATION_FAILED: "填写的内容有误，请按提示修改",
      NOT_FOUND: "没有找到这个户编号，请核对后再填，或不填",
    },
  });
  return seeker;
}

export function getBadge(seekerId: string, signal?: AbortSignal): Promise<BadgeResponse> {
  return requestJson(`/api/seekers/${encodeURIComponent(seekerId)}/badge`, BadgeResponseSchema, {
    signal,
    errorMessages: { NOT_FOUND: "没有找到这位求职者" },
  });
}
