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
import { ApiRequestError, createApiRequestError, requestJson } from "../../lib/api-client.ts";
import { getErrorMessage } from "../../lib/error-messages.ts";

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

/**
 * Uploads the registry file with XMLHttpRequest, the one browser API that reports upload
 * progress. The session cookie goes along (same origin); `importId` names the server's
 * progress record so it can be polled meanwhile.
 */
export function uploadHouseholdFile(
  file: File,
  importId: string,
  onUploadProgress: (loaded: number, total: number) => void,
  signal?: AbortSignal,
): Promise<HouseholdImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/households/import");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader(IMPORT_ID_HEADER, importId);
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onUploadProgress(event.loaded, event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = HouseholdImportResultSchema.safeParse(body);
        if (parsed.success) resolve(parsed.data);
        else reject(new ApiRequestError({ status: xhr.status, code: "BAD_RESPONSE", message: getErrorMessage("BAD_RESPONSE") }));
        return;
      }
      reject(createApiRequestError(xhr.status, body, xhr.getResponseHeader("x-request-id"), IMPORT_ERRORS));
    };
    xhr.onerror = () => reject(new ApiRequestError({ status: 0, code: "NETWORK_ERROR", message: getErrorMessage("NETWORK_ERROR") }));
    xhr.onabort = () => reject(new DOMException("上传已取消", "AbortError"));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append(HOUSEHOLD_IMPORT_FIELD, file, file.name);
    xhr.send(form);
  });
}
