// The one translator from any thrown value to the contract's error answer.

import { ERROR_STATUS, type ErrorCode, type ValidationIssue } from "@xiezuo/contracts";
import type { ErrorRequestHandler, RequestHandler } from "express";
import { ZodError } from "zod";
import { AppError } from "../lib/app-error.ts";
import type { Logger } from "../lib/logger.ts";
import { isDatabaseOutage } from "./database-outage.ts";

interface Translated {
  code: ErrorCode;
  message: string;
  issues?: ValidationIssue[];
  extra?: Record<string, unknown>;
}

export function issuesFromZod(error: ZodError, prefix: (string | number)[] = []): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
    message: issue.message,
  }));
}

function isPrismaKnownError(e: unknown): e is { code: string; meta?: unknown } {
  return typeof e === "object" && e !== null && (e as { name?: string }).name === "PrismaClientKnownRequestError";
}

/** body-parser marks its errors with `type`; they are the client's fault, not ours. */
function translateBodyParserError(e: { type?: string }): Translated | null {
  switch (e.type) {
    case "entity.too.large":
      return { code: "PAYLOAD_TOO_LARGE", message: "请求体过大" };
    case "entity.parse.failed":
      return { code: "VALIDATION_FAILED", message: "请求体不是有效的 JSON", issues: [{ path: [], message: "JSON 格式错误" }] };
    case "encoding.unsupported":
    case "charset.unsupported":
      return { code: "UNSUPPORTED_MEDIA_TYPE", message: "不支持的编码或字符集" };
    case "request.aborted":
    case "request.size.invalid":
    case "stream.encoding.set":
      return { code: "VALIDATION_FAILED", message: "请求体不完整" };
    default:
      return null;
  }
}

function translate(error: unknown): Translated | null {
  if (error instanceof AppError) {
    return { code: error.code, message: error.message, issues: error.details.issues, extra: error.details.extra };
  }
  if (error instanceof ZodError) {
    return { code: "VALIDATION_FAILED", message: "请求参数不符合要求", issues: issuesFromZod(error) };
  }
  if (isPrismaKnownError(error)) {
    if (error.code === "P2002") return { code: "CONFLICT", message: "数据已存在" };
    if (error.code === "P2025") return { code: "NOT_FOUND", message: "对象不存在" };
  }
  // Express cannot decode a path parameter such as "%E0%A4%A": the client's malformed URL.
  if (error instanceof URIError) {
    return { code: "VALIDATION_FAILED", message: "路径参数编码错误", issues: [{ path: ["params"], message: "URL 编码无效" }] };
  }
  if (isDatabaseOutage(error)) return { code: "DATABASE_UNAVAILABLE", message: "数据库暂时连不上，请稍后再试" };
  if (typeof error === "object" && error !== null) return translateBodyParserError(error as { type?: string });
  return null;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = translate(error);
    const answer: Translated = known ?? { code: "INTERNAL", message: "服务器内部错误，请稍后再试" };
    if (!known) logger.error({ err: error, requestId: req.requestId }, "unhandled error");
    else if (known.code === "DATABASE_UNAVAILABLE") logger.warn({ err: error, requestId: req.requestId }, "database unavailable");
    if (res.headersSent) return;
    res.status(ERROR_STATUS[answer.code]).json({
      error: {
        ...answer.extra,
        code: answer.code,
        message: answer.message,
        ...(answer.issues ? { issues: answer.issues } : {}),
        requestId: req.requestId,
      },
    });
  };
}

export const apiNotFound: RequestHandler = (_req, _res, next) => {
  next(new AppError("NOT_FOUND", "接口不存在"));
};
