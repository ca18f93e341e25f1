import { isApiRequestError } from "../../lib/api-client.ts";
import type { SendOutcome } from "./offline-queue.ts";

/**
 * Statuses after which sending the same check-in again cannot succeed: bad input, no
 * rights, unknown seeker or fair, fair not open. Everything else (no network, 5xx, an
 * expired session, rate limiting) may work later, so the entry stays queued.
 */
const DEFINITIVE_STATUSES = new Set([400, 403, 404, 409, 410, 413, 415, 422]);

/** Turns a failed check-in call into what the queue should do with the entry. */
export function classifyCheckInError(error: unknown): SendOutcome {
  if (!isApiRequestError(error)) return { kind: "retry-later" };
  // The server answered 2xx but the body was unreadable: it has the check-in.
  if (error.status >= 200 && error.status < 300) return { kind: "accepted", duplicate: false };
  if (DEFINITIVE_STATUSES.has(error.status)) return { kind: "rejected", reason: error.code };
  return { kind: "retry-later" };
}

/** True when the call never reached the server (or the device knows it is offline). */
export function isNetworkFailure(error: unknown): boolean {
  return isApiRequestError(error) && error.code === "NETWORK_ERROR";
}
