import type { Request, RequestHandler } from "express";
import { AppError } from "../lib/app-error.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

const crossSite = () => new AppError("FORBIDDEN", "来源不受信任");

/** The host a header names, or null when the value is not a URL (e.g. "null" from a sandboxed frame). */
function hostOf(value: string): string | null {
  try {
    return new URL(value).host;
  } catch {
    return null;
  }
}

/**
 * Where a write came from, as the browser tells it: Origin first; Referer when a browser
 * or privacy setting left Origin out; "unknown" when neither is sent.
 */
function sourceHost(req: Request): string | null | "unknown" {
  const origin = req.get("origin");
  if (origin !== undefined) return hostOf(origin);
  const referer = req.get("referer");
  if (referer !== undefined) return hostOf(referer);
  return "unknown";
}

/**
 * CSRF guard for cookie-authenticated writes. A write is refused (403) when its Origin —
 * or, without Origin, its Referer — names another host, is unreadable ("null"), or when
 * the browser marks it `Sec-Fetch-Site: cross-site`. A write with none of these headers
 * is allowed: every current browser sends Origin on cross-origin POST/PATCH/PUT/DELETE
 * (fetch, XHR and forms), so such a request comes from a non-browser client (curl, a
 * kiosk, a bureau system), which cannot ride a victim's cookie. The SameSite=Lax session
 * cookie is the second guard: browsers do not attach it to cross-site writes at all.
 */
export const rejectCrossSiteWrites: RequestHandler = (req, _res, next) => {
  if (SAFE.has(req.method)) return next();
  if (req.get("sec-fetch-site") === "cross-site") return next(crossSite());
  const source = sourceHost(req);
  if (source === "unknown") return next();
  // req.host honours "trust proxy", so behind a load balancer it is the public host.
  if (source !== req.host) return next(crossSite());
  next();
};
