import {
  type CreateSubsidyRuleRequest,
  MySubsidiesResponseSchema,
  type MySubsidy,
  type RecordPaymentRequest,
  type SubsidyRoster,
  SubsidyRosterListResponseSchema,
  SubsidyRosterResponseSchema,
  type SubsidyRosterSummary,
  type SubsidyRule,
  SubsidyRuleListResponseSchema,
  SubsidyRuleResponseSchema,
} from "@xiezuo/contracts";
import { ApiRequestError, isApiRequestError, requestJson, requestNoContent } from "../../lib/api-client.ts";

const rosterPath = (rosterId: string) => `/api/rosters/${encodeURIComponent(rosterId)}`;

/** The public notice as a file: CSV or Excel, names masked, no ID or phone numbers. */
export function noticeFileUrl(rosterId: string, format: "csv" | "xlsx"): string {
  return `${rosterPath(rosterId)}/notice?format=${format}`;
}

export async function listSubsidyRules(signal?: AbortSignal): Promise<SubsidyRule[]> {
  const { rules } = await requestJson("/api/subsidy-rules", SubsidyRuleListResponseSchema, { signal });
  return rules;
}

export async function createSubsidyRule(request: CreateSubsidyRuleRequest): Promise<SubsidyRule> {
  const { rule } = await requestJson("/api/subsidy-rules", SubsidyRuleResponseSchema, {
    method: "POST",
    body: request,
    errorMessages: { NOT_FOUND: "没有找到所选的机构", VALIDATION_FAILED: "填写的内容有误，请按提示修改" },
  });
  return rule;
}

export async function computeRoster(ruleId: string, asOf: string): Promise<SubsidyRoster> {
  const { roster } = await requestJson(`/api/subsidy-rules/${encodeURIComponent(ruleId)}/rosters`, SubsidyRosterResponseSchema, {
    method: "POST",
    body: { asOf },
    errorMessages: { NOT_FOUND: "没有找到这条补贴规则" },
  });
  return roster;
}

/** A rule's rosters, newest first, so a roster can be reopened. */
export async function listRuleRosters(ruleId: string, signal?: AbortSignal): Promise<SubsidyRosterSummary[]> {
  const { rosters } = await requestJson(`/api/subsidy-rules/${encodeURIComponent(ruleId)}/rosters`, SubsidyRosterListResponseSchema, {
    signal,
  });
  return rosters;
}

export async function getRoster(rosterId: string, signal?: AbortSignal): Promise<SubsidyRoster> {
  const { roster } = await requestJson(rosterPath(rosterId), SubsidyRosterResponseSchema, {
    signal,
    errorMessages: { NOT_FOUND: "没有找到这份名单" },
  });
  return roster;
}

export async function publishRoster(rosterId: string): Promise<void> {
  await requestNoContent(`${rosterPath(rosterId)}/publish`, {
    method: "POST",
    errorMessages: { CONFLICT: "这份名单已经公示过了" },
  });
}

export async function approveRoster(rosterId: string): Promise<void> {
  await requestNoContent(`${rosterPath(rosterId)}/approve`, {
    method: "POST",
    errorMessages: { CONFLICT: "名单公示后才能审核通过" },
  });
}

export async function withdrawEntry(rosterId: string, entryId: string, reason: string): Promise<void> {
  await requestNoContent(`${rosterPath(rosterId)}/entries/${encodeURIComponent(entryId)}/withdraw`, {
    method: "POST",
    body: { reason },
    errorMessages: { CONFLICT: "名单已审核通过，不能再撤回" },
  });
}

/** 登记发放; the same entry twice answers 409 ALREADY_PAID, shown as 该笔已发放. */
export async function recordPayment(rosterId: string, request: RecordPaymentRequest): Promise<void> {
  try {
    await requestNoContent(`${rosterPath(rosterId)}/payments`, {
      method: "POST",
      body: request,
      errorMessages: { ALREADY_PAID: ALREADY_PAID_MESSAGE, CONFLICT: ALREADY_PAID_MESSAGE },
    });
  } catch (error) {
    if (isApiRequestError(error) && error.status === 409) {
      throw new ApiRequestError({
        status: error.status,
        code: error.code,
        message: ALREADY_PAID_MESSAGE,
        requestId: error.requestId,
        serverMessage: error.serverMessage,
        details: { ...error.details },
        cause: error,
      });
    }
    throw error;
  }
}

export const ALREADY_PAID_MESSAGE = "该笔已发放";

/** The seeker's own subsidies: paid, or on a roster being published or approved. */
export async function getMySubsidies(signal?: AbortSignal): Promise<MySubsidy[]> {
  const { subsidies } = await requestJson("/api/me/subsidies", MySubsidiesResponseSchema, { signal });
  return subsidies;
}
