import {
  type CreateFollowUpRequest,
  type CreateFollowUpResponse,
  CreateFollowUpResponseSchema,
  type CreatePlacementRequest,
  type FollowUpImportResult,
  FollowUpImportResultSchema,
  type FollowUpsDueResponse,
  FollowUpsDueResponseSchema,
  type PlacementDetail,
  type PlacementListResponse,
  PlacementListResponseSchema,
  PlacementResponseSchema,
  type PlacementStatus,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";
import { uploadFile } from "../../lib/upload-file.ts";

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

const FOLLOW_UP_IMPORT_ERRORS = {
  PAYLOAD_TOO_LARGE: "文件超过 5 MB，请拆成几个文件分别导入",
  UNSUPPORTED_MEDIA_TYPE: "只支持 CSV 和 Excel 工作簿（.xlsx）文件",
  VALIDATION_FAILED: "文件无法读取：请使用下载的模板，第一行是列名",
};

/** Uploads a sheet of follow-up calls (批量导入回访); each row is recorded like the form's. */
export function uploadFollowUpFile(
  file: File,
  onUploadProgress: (loaded: number, total: number) => void,
  signal?: AbortSignal,
): Promise<FollowUpImportResult> {
  return uploadFile({
    url: "/api/followups/import",
    field: "file",
    file,
    schema: FollowUpImportResultSchema,
    errorMessages: FOLLOW_UP_IMPORT_ERRORS,
    onUploadProgress,
    signal,
  });
}
