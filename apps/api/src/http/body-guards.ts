import express, { type RequestHandler } from "express";
import { AppError } from "../lib/app-error.ts";

export const JSON_BODY_LIMIT = "1mb";

function hasBody(req: Parameters<RequestHandler>[0]): boolean {
  const length = req.get("content-length");
  return (length !== undefined && length !== "0") || req.get("transfer-encoding") !== undefined;
}

/** Writes with a body must send JSON (multipart routes opt out with their own parser). */
export const requireJsonContentType: RequestHandler = (req, _res, next) => {
  if (["GET", "HEAD", "OPTIONS", "DELETE"].includes(req.method) || !hasBody(req)) return next();
  if (req.is("multipart/form-data")) return next();
  if (!req.is("application/json")) {
    return next(new AppError("UNSUPPORTED_MEDIA_TYPE", "请求体必须是 JSON（Content-Type: application/json）"));
  }
  next();
};

export const parseJsonBody = express.json({ limit: JSON_BODY_LIMIT, strict: true, type: "application/json" });
