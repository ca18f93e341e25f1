import {
  type CreateHouseholdVisitRequest,
  type DropoutResponse,
  DropoutResponseSchema,
  type HouseholdVisit,
  HouseholdVisitResponseSchema,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

export function listDropouts(regionCode: string, days: number, signal?: AbortSignal): Promise<DropoutResponse> {
  const query = new URLSearchParams({ days: String(days) });
  if (regionCode) query.set("regionCode", regionCode);
  return requestJson(`/api/alerts/dropouts?${query}`, DropoutResponseSchema, {
    signal,
    errorMessages: { NOT_FOUND: "所选地区不在本机构辖区内" },
  });
}

export async function addHouseholdVisit(householdId: string, request: CreateHouseholdVisitRequest): Promise<HouseholdVisit> {
  const { visit } = await requestJson(`/api/households/${encodeURIComponent(householdId)}/visits`, HouseholdVisitResponseSchema, {
    method: "POST",
    body: request,
    errorMessages: { NOT_FOUND: "找不到这户家庭，或不在本机构辖区内" },
  });
  return visit;
}
