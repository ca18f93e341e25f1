import { type Position, PositionResponseSchema, type SearchPositionsResponse, SearchPositionsResponseSchema } from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";
import { type JobFilters, toSearchApiParams } from "./job-search-params.ts";

export const JOB_PAGE_SIZE = 20;

const SEARCH_MESSAGES = { SEARCH_UNAVAILABLE: "搜索暂时不可用，请稍后再试", VALIDATION_FAILED: "搜索条件有误，请换个说法再试" };

export function searchPositions(
  filters: JobFilters,
  page: { offset: number; limit?: number },
  signal?: AbortSignal,
): Promise<SearchPositionsResponse> {
  const params = toSearchApiParams(filters, { limit: page.limit ?? JOB_PAGE_SIZE, offset: page.offset });
  return requestJson(`/api/search/positions?${params}`, SearchPositionsResponseSchema, { signal, errorMessages: SEARCH_MESSAGES });
}

export async function getPosition(id: string, signal?: AbortSignal): Promise<Position> {
  const { position } = await requestJson(`/api/positions/${encodeURIComponent(id)}`, PositionResponseSchema, {
    signal,
    errorMessages: { NOT_FOUND: "没有找到这个岗位，可能已被删除" },
  });
  return position;
}
