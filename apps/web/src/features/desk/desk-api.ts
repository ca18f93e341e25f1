import {
  type CheckInResponse,
  CheckInResponseSchema,
  type Fair,
  FairListResponseSchema,
  type Seeker,
  SeekerResponseSchema,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

/** Exactly one way to name the seeker; ID numbers travel in the body only. */
export type CheckInTarget = { seekerId: string } | { idNumber: string } | { badgeToken: string };

export function postCheckIn(
  fairId: string,
  target: CheckInTarget,
  request: { clientRequestId: string; scannedAt?: string },
): Promise<CheckInResponse> {
  return requestJson(`/api/fairs/${encodeURIComponent(fairId)}/checkins`, CheckInResponseSchema, {
    method: "POST",
    body: { ...target, ...request },
    // The desk keeps its own count; a scan every few seconds must not refetch the page.
    refreshAfter: false,
    errorMessages: {
      NOT_FOUND: "没有找到这位求职者，请现场登记",
      VALIDATION_FAILED: "二维码或身份证号无效",
    },
  });
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

/** Fairs that accept check-ins now. */
export async function listOpenFairs(signal?: AbortSignal): Promise<Fair[]> {
  const { fairs } = await requestJson("/api/fairs?status=OPEN&limit=100", FairListResponseSchema, { signal });
  return fairs;
}
