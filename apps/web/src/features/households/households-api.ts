import {
  HOUSEHOLD_IMPORT_FIELD,
  type HouseholdImportResult,
  HouseholdImportResultSchema,
  type HouseholdListResponse,
  HouseholdListResponseSchema,
  IMPORT_ID_HEADER,
  type ImportProgress,
  ImportProgressResponseSchema,
} from "@xiezuo/contracts";
import { ApiRequestError, requestJson } from "../../lib/api-client.ts";
import { uploadFile } from "../../lib/upload-file.ts";

export const HOUSEHOLD_PAGE_SIZE = 50;

export function listHouseholds(
  filter: { code: string; regionCode: string },
  offset: number,
  signal?: AbortSignal,
): Promise<HouseholdListResponse> {
  const query = new URLSearchParams({ limit: String(HOUSEHOLD_PAGE_SIZE), offset: String(offset) });
  if (filter.code) query.set("code", filter.code);
  if (filter.regionCode) query.set("regionCode", filter.regionCode);
  return requestJson(`/api/households?${query}`, HouseholdListResponseSchema, { signal });
}

/** The server's progress on an import, or null while it has not started reading the file. */
export async function findImportProgress(importId: string, signal?: AbortSignal): Promise<ImportProgress | null> {
  try {
    const { progress } = await requestJson(`/api/households/imports/${encodeURIComponent(importId)}`, ImportProgressResponseSchema, {
      signal,
    });
    return progress;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) return null;
    throw error;
  }
}

const IMPORT_ERRORS = {
  PAYLOAD_TOO_LARGE: "文件超过 20 MB，请拆成几个文件分别导入",
  UNSUPPORTED_MEDIA_TYPE: "只支持 CSV 和 Excel 工作簿（.xlsx）文件",
  VALIDATION_FAILED: "文件无法读取：请使用下载的模板，第一行是列名",
};

/** Uploads the registry file; `importId` names the server's progress record so it can be polled meanwhile. */
export function uploadHouseholdFile(
  file: File,
  importId: string,
  onUploadProgress: (loaded: number, total: number) => void,
  signal?: AbortSignal,
): Promise<HouseholdImportResult> {
  return uploadFile({
    url: "/api/households/import",
    field: HOUSEHOLD_IMPORT_FIELD,
    file,
    schema: HouseholdImportResultSchema,
    headers: { [IMPORT_ID_HEADER]: importId },
    errorMessages: IMPORT_ERRORS,
    onUploadProgress,
    signal,
  });
}
