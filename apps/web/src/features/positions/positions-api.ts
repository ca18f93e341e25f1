import {
  type CreatePositionRequest,
  type Fair,
  FairEmployerListResponseSchema,
  FairListResponseSchema,
  type Position,
  type PositionListResponse,
  PositionListResponseSchema,
  PositionResponseSchema,
  type PositionStatus,
  type UpdatePositionRequest,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";
import { getFair } from "../fairs/index.ts";

export const POSITION_PAGE_SIZE = 50;

const WRITE_MESSAGES = {
  VALIDATION_FAILED: "填写的内容有误，请按提示修改",
  NOT_FOUND: "没有找到这个岗位，可能已被删除",
};

export function listPositions(
  filter: { employerId?: string; status?: PositionStatus; offset: number },
  signal?: AbortSignal,
): Promise<PositionListResponse> {
  const params = new URLSearchParams({ limit: String(POSITION_PAGE_SIZE), offset: String(filter.offset) });
  if (filter.employerId) params.set("employerId", filter.employerId);
  if (filter.status) params.set("status", filter.status);
  return requestJson(`/api/positions?${params}`, PositionListResponseSchema, { signal });
}

export async function createPosition(request: CreatePositionRequest): Promise<Position> {
  const { position } = await requestJson("/api/positions", PositionResponseSchema, {
    method: "POST",
    body: request,
    errorMessages: WRITE_MESSAGES,
  });
  return position;
}

export async function updatePosition(id: string, request: UpdatePositionRequest): Promise<Position> {
  const { position } = await requestJson(`/api/positions/${encodeURIComponent(id)}`, PositionResponseSchema, {
    method: "PATCH",
    body: request,
    errorMessages: WRITE_MESSAGES,
  });
  return position;
}

export async function closePosition(id: string): Promise<Position> {
  const { position } = await requestJson(`/api/positions/${encodeURIComponent(id)}/close`, PositionResponseSchema, {
    method: "POST",
    errorMessages: WRITE_MESSAGES,
  });
  return position;
}

async function listFairsByStatus(status: "DRAFT" | "OPEN", signal?: AbortSignal): Promise<Fair[]> {
  const params = new URLSearchParams({ status, limit: "100", offset: "0" });
  const { fairs } = await requestJson(`/api/fairs?${params}`, FairListResponseSchema, { signal });
  return fairs;
}

async function hasJoined(fairId: string, employerId: string, signal?: AbortSignal): Promise<boolean> {
  const { employers } = await requestJson(`/api/fairs/${encodeURIComponent(fairId)}/employers?limit=500`, FairEmployerListResponseSchema, {
    signal,
  });
  return employers.some((employer) => employer.employerId === employerId);
}

/**
 * Fairs a position of this employer may be linked to: upcoming or open fairs the employer
 * has joined, plus the fairs it is already linked to (even closed ones, so an edit keeps them).
 * The API has no "fairs of an employer" query yet, so each current fair's list is checked.
 */
export async function listLinkableFairs(employerId: string, linkedFairIds: readonly string[], signal?: AbortSignal): Promise<Fair[]> {
  const current = [...(await listFairsByStatus("OPEN", signal)), ...(await listFairsByStatus("DRAFT", signal))];
  const joined = await Promise.all(current.map(async (fair) => ((await hasJoined(fair.id, employerId, signal)) ? fair : null)));
  const fairs = joined.filter((fair): fair is Fair => fair !== null);
  const missing = linkedFairIds.filter((id) => !fairs.some((fair) => fair.id === id));
  const linked = await Promise.allSettled(missing.map((id) => getFair(id, signal)));
  for (const result of linked) if (result.status === "fulfilled") fairs.push(result.value);
  return fairs.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
