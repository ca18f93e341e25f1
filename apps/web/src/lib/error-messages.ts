import type { ErrorCode } from "@xiezuo/contracts";

/** Failures that happen before or outside the API's own error format. */
export type ClientErrorCode =
  /** fetch() itself failed: offline, DNS, connection refused. */
  | "NETWORK_ERROR"
  /** The server answered 5xx without an API error body (e.g. a proxy while the API restarts). */
  | "SERVER_UNAVAILABLE"
  /** The answer did not match the expected schema. */
  | "BAD_RESPONSE";

export type AnyErrorCode = ErrorCode | ClientErrorCode;

/** Default Chinese wording shown to users; the API's own message is kept for logs only. */
export const DEFAULT_ERROR_MESSAGES: Record<AnyErrorCode, string> = {
  VALIDATION_FAILED: "填写的内容有误，请检查后重试",
  UNAUTHENTICATED: "登录已失效，请重新登录",
  FORBIDDEN: "您没有权限进行此操作",
  NOT_FOUND: "没有找到相关内容，可能已被删除",
  CONFLICT: "与已有记录冲突，请检查后重试",
  FAIR_NOT_OPEN: "招聘会不在进行中，暂不能签到或登记意向",
  NOT_ON_MANIFEST: "此人不在本次输出名单上",
  ALREADY_PAID: "这笔补贴已经发放过，不能重复发放",
  PAYLOAD_TOO_LARGE: "提交的内容太大，请减少后重试",
  UNSUPPORTED_MEDIA_TYPE: "提交的格式不受支持",
  RATE_LIMITED: "尝试次数过多，请稍后再试",
  SEARCH_UNAVAILABLE: "搜索服务暂时不可用，请稍后再试",
  DATABASE_UNAVAILABLE: "系统正在恢复，请稍等片刻再试",
  INTERNAL: "服务器出错了，请稍后再试",
  NETWORK_ERROR: "网络连接失败，请检查网络后重试",
  SERVER_UNAVAILABLE: "服务暂时不可用，请稍后再试",
  BAD_RESPONSE: "服务器返回了无法识别的数据，请稍后再试",
};

/** Per-request wording, e.g. a wrong password on the login form is not an "expired session". */
export type ErrorMessageOverrides = Partial<Record<AnyErrorCode, string>>;

export function getErrorMessage(code: AnyErrorCode, overrides?: ErrorMessageOverrides): string {
  return overrides?.[code] ?? DEFAULT_ERROR_MESSAGES[code];
}

/** Used when an error body is missing or unreadable: infer the code from the status. */
export function getCodeForStatus(status: number): AnyErrorCode {
  switch (status) {
    case 400:
      return "VALIDATION_FAILED";
    case 401:
      return "UNAUTHENTICATED";
    case 403:
      return "FORBIDDEN";
    case 404:
      return "NOT_FOUND";
    case 409:
      return "CONFLICT";
    case 413:
      return "PAYLOAD_TOO_LARGE";
    case 415:
      return "UNSUPPORTED_MEDIA_TYPE";
    case 429:
      return "RATE_LIMITED";
    default:
      return status >= 500 ? "SERVER_UNAVAILABLE" : "BAD_RESPONSE";
  }
}
