import crypto from "node:crypto";

export const SESSION_COOKIE = "xz_session";

export function createSessionToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/**
 * Sessions are stored under the hash of their token, never the token itself. One-shot
 * `crypto.hash` (every request pays it): the same digest as createHash, a few µs cheaper.
 */
export function sessionIdFromToken(token: string): string {
  return crypto.hash("sha256", token, "base64url");
}
