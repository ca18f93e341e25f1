import type { ErrorCode, ValidationIssue } from "@xiezuo/contracts";

/** A failure the client can act on; the error handler turns it into the contract's error body. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { issues?: ValidationIssue[]; extra?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "对象") => new AppError("NOT_FOUND", `${what}不存在`);
export const forbidden = () => new AppError("FORBIDDEN", "当前角色无权执行此操作");
export const unauthenticated = (message = "请先登录") => new AppError("UNAUTHENTICATED", message);
