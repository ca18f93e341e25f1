import { type CheckInResponse, CheckInResponseSchema, type Fair, FairListResponseSchema } from "@xiezuo/contracts";
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

/** Fairs that accept check-ins now. */
export async function listOpenFairs(signal?: AbortSignal): Promise<Fair[]> {
  const { fairs } = await requestJson("/api/fairs?status=OPEN&limit=100", FairListResponseSchema, { signal });
  return fairs;
}
