import {
  type CreateFollowUpRequest,
  type CreateFollowUpResponse,
  CreateFollowUpResponseSchema,
  type CreatePlacementRequest,
  type FollowUpsDueResponse,
  FollowUpsDueResponseSchema,
  type PlacementDetail,
  type PlacementListResponse,
  PlacementListResponseSchema,
  PlacementResponseSchema,
  type PlacementStatus,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

export async function createPlacement(input: CreatePlacementRequest): Promise<PlacementDetail> {
  const { placement } = await requestJson("/api/placements", PlacementResponseSchema, {
    method: "POST",
    body: input,
    errorMessages: { CONFLICT: "这位求职者已在这家企业登记上岗", NOT_FOUND: "没有找到这位求职者或企业" },
  });
  return placement;
}

export async function getPlacement(id: string, signal?: AbortSignal): Promise<PlacementDetail> {
  const { placement } = await requestJson(`/api/placements/${encodeURIComponent(id)}`, PlacementResponseSchema, {
    signal,
    errorMessages: { NOT_FOUND: "没有找到这条就业记录" },
  });
  return placement;
}

export const PLACEMENT_PAGE_SIZE = 50;

export function listPlacements(filter: { status?: PlacementStatus; offset: number }, signal?: AbortSignal): Promise<PlacementListResponse> {
  const query = new URLSearchParams({ limit: String(PLACEMENT_PAGE_SIZE), offset: String(filter.offset) });
  if (filter.status) query.set("status", filter.status);
  return requestJson(`/api/placements?${query}`, PlacementListResponseSchema, { signal });
}

export function listFollowUpsDue(withinDays: number, signal?: AbortSignal): Promise<FollowUpsDueResponse> {
  const query = new URLSearchParams({ withinDays: String(withinDays), limit: "500" });
  return requestJson(`/api/placements/followups-due?${query}`, FollowUpsDueResponseSchema, { signal });
}

export function addFollowUp(placementId: string, input: CreateFollowUpRequest): Promise<CreateFollowUpResponse> {
  return requestJson(`/api/placements/${encodeURIComponent(placementId)}/followups`, CreateFollowUpResponseSchema, {
    method: "POST",
    body: input,
    errorMessages: { CONFLICT: "这条就业记录已结束，不能再登记回访" },
  });
}
