import {
  type AddFairPartnerRequest,
  type CreateFairRequest,
  type Fair,
  type FairEmployer,
  type FairEmployerListResponse,
  FairEmployerListResponseSchema,
  FairEmployerResponseSchema,
  FairResponseSchema,
  type JoinFairRequest,
  type UpdateFairRequest,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

const WRITE_MESSAGES = { VALIDATION_FAILED: "填写的内容有误，请按提示修改", NOT_FOUND: "没有找到这场招聘会，可能已被删除" };

export async function createFair(request: CreateFairRequest): Promise<Fair> {
  const { fair } = await requestJson("/api/fairs", FairResponseSchema, { method: "POST", body: request, errorMessages: WRITE_MESSAGES });
  return fair;
}

export async function updateFair(id: string, request: UpdateFairRequest): Promise<Fair> {
  const { fair } = await requestJson(`/api/fairs/${encodeURIComponent(id)}`, FairResponseSchema, {
    method: "PATCH",
    body: request,
    errorMessages: { ...WRITE_MESSAGES, CONFLICT: "招聘会状态不能这样改变，请刷新页面后再试" },
  });
  return fair;
}

/** The API's page limit: every employer of even a large fair (Shaoyang 2017: 378). */
const FAIR_EMPLOYERS_LIMIT = 500;

export function listFairEmployers(fairId: string, signal?: AbortSignal): Promise<FairEmployerListResponse> {
  return requestJson(`/api/fairs/${encodeURIComponent(fairId)}/employers?limit=${FAIR_EMPLOYERS_LIMIT}`, FairEmployerListResponseSchema, {
    signal,
  });
}

/** Invites an employer, or changes its booth when it already takes part. */
export async function joinFair(fairId: string, request: JoinFairRequest): Promise<FairEmployer> {
  const { fairEmployer } = await requestJson(`/api/fairs/${encodeURIComponent(fairId)}/employers`, FairEmployerResponseSchema, {
    method: "POST",
    body: request,
    errorMessages: WRITE_MESSAGES,
  });
  return fairEmployer;
}

/** Adds a co-organising bureau (the host's or the platform's ADMIN); adding one already there changes nothing. */
export async function addFairPartner(fairId: string, request: AddFairPartnerRequest): Promise<Fair> {
  const { fair } = await requestJson(`/api/fairs/${encodeURIComponent(fairId)}/partners`, FairResponseSchema, {
    method: "POST",
    body: request,
    errorMessages: { VALIDATION_FAILED: "请选择机构列表中的机构", NOT_FOUND: "只有主办机构或平台的管理员可以添加协办机构" },
  });
  return fair;
}
