import {
  type AddTransferMembersResponse,
  AddTransferMembersResponseSchema,
  type CreateTransferRequest,
  MAX_TRANSFER_BULK_MEMBERS,
  type TransferCandidatesResponse,
  TransferCandidatesResponseSchema,
  type TransferDetail,
  type TransferExceptionRequest,
  type TransferListResponse,
  TransferListResponseSchema,
  type TransferMemberResponse,
  TransferMemberResponseSchema,
  TransferResponseSchema,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";
import { splitIntoBatches } from "./transfer-model.ts";

const base = (transferId: string) => `/api/transfers/${encodeURIComponent(transferId)}`;

export const TRANSFER_PAGE_SIZE = 50;

export function listTransfers(offset: number, signal?: AbortSignal): Promise<TransferListResponse> {
  const query = new URLSearchParams({ limit: String(TRANSFER_PAGE_SIZE), offset: String(offset) });
  return requestJson(`/api/transfers?${query}`, TransferListResponseSchema, { signal });
}

export async function createTransfer(request: CreateTransferRequest): Promise<TransferDetail> {
  const { transfer } = await requestJson("/api/transfers", TransferResponseSchema, {
    method: "POST",
    body: request,
    errorMessages: { NOT_FOUND: "没有找到所选的企业或机构", VALIDATION_FAILED: "填写的内容有误，请按提示修改" },
  });
  return transfer;
}

export async function getTransfer(transferId: string, signal?: AbortSignal): Promise<TransferDetail> {
  const { transfer } = await requestJson(base(transferId), TransferResponseSchema, {
    signal,
    errorMessages: { NOT_FOUND: "没有找到这次输出" },
  });
  return transfer;
}

export function listCandidates(transferId: string, signal?: AbortSignal): Promise<TransferCandidatesResponse> {
  return requestJson(`${base(transferId)}/candidates`, TransferCandidatesResponseSchema, { signal });
}

/** Adds the people in requests of MAX_TRANSFER_BULK_MEMBERS; the answer sums them. */
export async function addMembers(transferId: string, seekerIds: readonly string[]): Promise<AddTransferMembersResponse> {
  const total: AddTransferMembersResponse = { added: 0, duplicates: 0 };
  for (const batch of splitIntoBatches(seekerIds, MAX_TRANSFER_BULK_MEMBERS)) {
    const answer = await requestJson(`${base(transferId)}/members/bulk`, AddTransferMembersResponseSchema, {
      method: "POST",
      body: { seekerIds: batch },
      errorMessages: { NOT_FOUND: "有人不在本机构的范围内，请刷新名单后再选", CONFLICT: "这次输出已经发车，不能再添加人员" },
    });
    total.added += answer.added;
    total.duplicates += answer.duplicates;
  }
  return total;
}

export async function departTransfer(transferId: string): Promise<TransferDetail> {
  const { transfer } = await requestJson(`${base(transferId)}/depart`, TransferResponseSchema, {
    method: "POST",
    errorMessages: { CONFLICT: "这次输出已经发车" },
  });
  return transfer;
}

export function confirmArrival(transferId: string, seekerId: string, arrivedOn: string): Promise<TransferMemberResponse> {
  return requestJson(`${base(transferId)}/arrivals`, TransferMemberResponseSchema, {
    method: "POST",
    body: { seekerId, arrivedOn },
    errorMessages: { CONFLICT: "这个人现在不能确认到达（还没上车或已登记异常）" },
  });
}

export function reportException(transferId: string, request: TransferExceptionRequest): Promise<TransferMemberResponse> {
  return requestJson(`${base(transferId)}/exceptions`, TransferMemberResponseSchema, {
    method: "POST",
    body: request,
    errorMessages: { CONFLICT: "这个人现在不能登记异常" },
  });
}

/** Exactly one way to name the person; ID numbers travel in the body only. */
export type BoardingTarget = { seekerId: string } | { idNumber: string } | { badgeToken: string };

export function postBoarding(
  transferId: string,
  target: BoardingTarget,
  request: { clientRequestId: string; scannedAt?: string },
): Promise<TransferMemberResponse> {
  return requestJson(`${base(transferId)}/boardings`, TransferMemberResponseSchema, {
    method: "POST",
    body: { ...target, ...request },
    // The desk keeps its own count; a scan every few seconds must not refetch the page.
    refreshAfter: false,
  });
}
