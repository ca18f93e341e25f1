import type { z } from "zod";
import { ApiRequestError, createApiRequestError, notifyWrite } from "./api-client.ts";
import { getErrorMessage } from "./error-messages.ts";

/**
 * Uploads one file as multipart with XMLHttpRequest, the one browser API that reports upload
 * progress. The session cookie goes along (same origin); the answer is parsed by `schema`,
 * then the data on screen is refreshed as after any write;
 * a refusal becomes an ApiRequestError with `errorMessages` for codes the server leaves unworded.
 */
export function uploadFile<T>(options: {
  url: string;
  field: string;
  file: File;
  schema: z.ZodType<T>;
  headers?: Record<string, string>;
  errorMessages?: Parameters<typeof createApiRequestError>[3];
  onUploadProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}): Promise<T> {
  const { url, field, file, schema, headers = {}, errorMessages, onUploadProgress, signal } = options;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Accept", "application/json");
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onUploadProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = schema.safeParse(body);
        if (parsed.success) {
          notifyWrite();
          resolve(parsed.data);
        } else reject(new ApiRequestError({ status: xhr.status, code: "BAD_RESPONSE", message: getErrorMessage("BAD_RESPONSE") }));
        return;
      }
      reject(createApiRequestError(xhr.status, body, xhr.getResponseHeader("x-request-id"), errorMessages));
    };
    xhr.onerror = () => reject(new ApiRequestError({ status: 0, code: "NETWORK_ERROR", message: getErrorMessage("NETWORK_ERROR") }));
    xhr.onabort = () => reject(new DOMException("上传已取消", "AbortError"));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append(field, file, file.name);
    xhr.send(form);
  });
}
