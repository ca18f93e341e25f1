import {
  type CreateIntentResponse,
  CreateIntentResponseSchema,
  type Intent,
  IntentListResponseSchema,
  IntentResponseSchema,
  type Position,
  PositionListResponseSchema,
  type UpdateIntentRequest,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

/** The candidates of a fair: an employer's account gets only its own positions' intents. */
export async function listFairIntents(fairId: string, signal?: AbortSignal): Promise<{ intents: Intent[]; total: number }> {
  const query = new URLSearchParams({ fairId, limit: "500" });
  return requestJson(`/api/intents?${query}`, IntentListResponseSchema, { signal });
}

/** Open positions linked to the fair (an employer's account sees its own only). */
export async function listFairPositions(fairId: string, signal?: AbortSignal): Promise<Position[]> {
  const query = new URLSearchParams({ fairId, status: "OPEN", limit: "200" });
  const { positions } = await requestJson(`/api/positions?${query}`, PositionListResponseSchema, { signal });
  return positions;
}

/** A scanned badge names the seeker; the signed token never reveals who it is before the API answers. */
export function recordIntent(input: { badgeToken: string; positionId: string; fairId: string }): Promise<CreateIntentResponse> {
  return requestJson("/api/intents", CreateIntentResponseSchema, {
    method: "POST",
    body: input,
    errorMessages: {
      VALIDATION_FAILED: "这不是有效的协作平台胸牌，请重新扫码",
      NOT_FOUND: "没有找到这位求职者或这个岗位",
      CONFLICT: "这个岗位已停止招聘，或没有参加这场招聘会",
    },
  });
}

export async function updateIntentStatus(id: string, status: UpdateIntentRequest["status"]): Promise<Intent> {
  const { intent } = await requestJson(`/api/intents/${encodeURIComponent(id)}`, IntentResponseSchema, {
    method: "PATCH",
    body: { status },
    errorMessages: { CONFLICT: "状态已被他人修改，请刷新后再试", NOT_FOUND: "没有找到这条意向" },
  });
  return intent;
}
