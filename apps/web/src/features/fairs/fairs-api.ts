import {
  type Fair,
  type FairListResponse,
  FairListResponseSchema,
  FairResponseSchema,
  type FairStats,
  FairStatsResponseSchema,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

export const FAIR_PAGE_SIZE = 20;

export function listFairs(offset: number, signal?: AbortSignal): Promise<FairListResponse> {
  const query = new URLSearchParams({ limit: String(FAIR_PAGE_SIZE), offset: String(offset) });
  return requestJson(`/api/fairs?${query}`, FairListResponseSchema, { signal });
}

export async function getFair(id: string, signal?: AbortSignal): Promise<Fair> {
  const { fair } = await requestJson(`/api/fairs/${encodeURIComponent(id)}`, FairResponseSchema, {
    signal,
    errorMessages: { NOT_FOUND: "没有找到这场招聘会，可能已被删除" },
  });
  return fair;
}

export async function getFairStats(id: string, signal?: AbortSignal): Promise<FairStats> {
  const { stats } = await requestJson(`/api/fairs/${encodeURIComponent(id)}/stats`, FairStatsResponseSchema, {
    signal,
  });
  return stats;
}
