import type { RequestHandler } from "express";
import { AppError } from "../lib/app-error.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cookie-authenticated writes from another site are refused: browsers always send
 * Origin on cross-site POST/PATCH/DELETE, so a mismatch with our own host is CSRF.
 */
export const rejectCrossSiteWrites: RequestHandler = (req, _res, next) => {
  if (SAFE.has(req.method)) return next();
  const origin = req.get("origin");
  if (!origin) return next();
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return next(new AppError("FORBIDDEN", "来源不受信任"));
  }
  // req.host honours "trust proxy", so behind a load balancer it is the public host.
  if (originHost !== req.host) return next(new AppError("FORBIDDEN", "来源不受信任"));
  next();
};
