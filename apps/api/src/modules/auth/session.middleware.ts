import { parse as parseCookies } from "cookie";
import type { CookieOptions, Request, RequestHandler, Response } from "express";
import type { AuthService } from "./auth.service.ts";
import { SESSION_COOKIE } from "./session-token.ts";

export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookies(cookieHeader)[SESSION_COOKIE];
}

/** Attaches req.auth when the cookie names a live session; never fails the request. */
export function loadSession(service: AuthService): RequestHandler {
  return async (req, _res, next) => {
    const token = readSessionToken(req.get("cookie"));
    if (token) req.auth = (await service.resolveSession(token)) ?? undefined;
    next();
  };
}

function cookieOptions(req: Request): CookieOptions {
  // req.secure is true behind a TLS-terminating proxy when TRUST_PROXY is set.
  return { httpOnly: true, sameSite: "lax", secure: req.secure, path: "/" };
}

export function setSessionCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req), maxAge: maxAgeMs });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}
