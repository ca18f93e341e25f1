import crypto from "node:crypto";

export const SESSION_COOKIE = "xz_session";

export function createSessionToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** Sessions are stored under the hash of their token, never the token itself. */
export function sessionIdFromToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("base64url");
}
