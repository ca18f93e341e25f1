import type { CheckInResponse } from "@xiezuo/contracts";
import { isApiRequestError } from "../../lib/api-client.ts";
import type { SendCheckIn, SendOutcome } from "./offline-queue.ts";

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

/** The server refused only the scan time (a device clock ahead of the server's). */
export function isScanTimeRefused(error: unknown): boolean {
  if (!isApiRequestError(error) || error.code !== "VALIDATION_FAILED" || error.issues.length === 0) return false;
  return error.issues.every((issue) => issue.path.at(-1) === "scannedAt");
}

/** A check-in, or anything answered the same way (a transfer's boarding): only `duplicate` is read. */
type PostCheckIn = (
  target: { badgeToken: string },
  request: { clientRequestId: string; scannedAt?: string },
) => Promise<Pick<CheckInResponse, "duplicate">>;

/**
 * Sends one queued scan with its original clientRequestId and scan time. A phone clock
 * running fast makes the scan time "future": the arrival still counts, timed by the server
 * instead (same clientRequestId, so still only once).
 */
export function createQueueSender(post: PostCheckIn): SendCheckIn {
  return async (entry) => {
    const send = async (scannedAt: string | undefined): Promise<SendOutcome> => {
      const request =
        scannedAt === undefined ? { clientRequestId: entry.clientRequestId } : { clientRequestId: entry.clientRequestId, scannedAt };
      const { duplicate } = await post({ badgeToken: entry.badgeToken }, request);
      return { kind: "accepted", duplicate };
    };
    try {
      return await send(entry.scannedAt);
    } catch (error) {
      if (!isScanTimeRefused(error)) return classifyCheckInError(error);
      return send(undefined).catch(classifyCheckInError);
    }
  };
}
