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

/** Who the intent is for: a scanned badge, an ID number typed from the ID card, or a seeker picked by name. */
export type BoothPerson = { badgeToken: string } | { idNumber: string } | { seekerId: string };

/** The person goes in the POST body only (an ID number never reaches a URL). */
export function recordIntent(input: BoothPerson & { positionId: string; fairId: string }): Promise<CreateIntentResponse> {
  return requestJson("/api/intents", CreateIntentResponseSchema, {
    method: "POST",
    body: input,
    errorMessages: {
      VALIDATION_FAILED: "idNumber" in input ? "身份证号不正确，请核对后重新输入" : "这不是有效的协作平台胸牌，请重新扫码",
      NOT_FOUND: "idNumber" in input ? "没有找到这位求职者：请先到签到台登记" : "没有找到这位求职者或这个岗位",
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
