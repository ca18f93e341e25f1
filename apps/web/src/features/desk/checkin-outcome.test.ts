import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../lib/api-client.ts";
import { classifyCheckInError, createQueueSender, isScanTimeRefused } from "./checkin-outcome.ts";
import type { QueuedCheckIn } from "./offline-queue.ts";

const entry: QueuedCheckIn = {
  badgeToken: "AQx9Lk2mZ0pQrStUvWxYz-_0123456789abcdefghijk",
  scannedAt: "2025-05-20T01:05:00.000Z",
  clientRequestId: "request-1",
};

describe("classifyCheckInError", () => {
  const apiError = (status: number, code: ConstructorParameters<typeof ApiRequestError>[0]["code"]) =>
    new ApiRequestError({ status, code, message: "x" });

  it("keeps entries for transient failures", () => {
    expect(classifyCheckInError(apiError(0, "NETWORK_ERROR"))).toEqual({ kind: "retry-later" });
    expect(classifyCheckInError(apiError(503, "SERVER_UNAVAILABLE"))).toEqual({ kind: "retry-later" });
    expect(classifyCheckInError(apiError(401, "UNAUTHENTICATED"))).toEqual({ kind: "retry-later" });
    expect(classifyCheckInError(apiError(429, "RATE_LIMITED"))).toEqual({ kind: "retry-later" });
    expect(classifyCheckInError(new TypeError("boom"))).toEqual({ kind: "retry-later" });
  });

  it("gives up on definitive refusals with the error code as the reason", () => {
    expect(classifyCheckInError(apiError(409, "FAIR_NOT_OPEN"))).toEqual({ kind: "rejected", reason: "FAIR_NOT_OPEN" });
    expect(classifyCheckInError(apiError(404, "NOT_FOUND"))).toEqual({ kind: "rejected", reason: "NOT_FOUND" });
    expect(classifyCheckInError(apiError(400, "VALIDATION_FAILED"))).toEqual({ kind: "rejected", reason: "VALIDATION_FAILED" });
  });

  it("recognises a refusal of the scan time alone (a phone clock running fast)", () => {
    const refused = (paths: (string | number)[][]) =>
      new ApiRequestError({ status: 400, code: "VALIDATION_FAILED", message: "x", issues: paths.map((path) => ({ path, message: "x" })) });
    expect(isScanTimeRefused(refused([["body", "scannedAt"]]))).toBe(true);
    expect(isScanTimeRefused(refused([["body", "badgeToken"]]))).toBe(false);
    expect(
      isScanTimeRefused(
        refused([
          ["body", "scannedAt"],
          ["body", "badgeToken"],
        ]),
      ),
    ).toBe(false);
    expect(isScanTimeRefused(refused([]))).toBe(false);
  });

  it("treats an unreadable 2xx answer as accepted: the server has the check-in", () => {
    expect(classifyCheckInError(apiError(201, "BAD_RESPONSE"))).toEqual({ kind: "accepted", duplicate: false });
  });
});

describe("createQueueSender", () => {
  const CHECK_IN = {
    checkIn: {
      id: "00000000-0000-4000-8000-000000000001",
      fairId: "00000000-0000-4000-8000-000000000002",
      seekerId: "00000000-0000-4000-8000-000000000003",
      at: "2025-05-20T01:00:00.000Z",
    },
    duplicate: true,
  };

  it("sends the badge with its original clientRequestId and scan time", async () => {
    const sent: unknown[] = [];
    const send = createQueueSender(async (target, request) => {
      sent.push({ ...target, ...request });
      return CHECK_IN;
    });
    expect(await send(entry)).toEqual({ kind: "accepted", duplicate: true });
    expect(sent).toEqual([{ badgeToken: entry.badgeToken, clientRequestId: "request-1", scannedAt: entry.scannedAt }]);
  });

  it("resends without the scan time when only the time was refused, same clientRequestId", async () => {
    const sent: Record<string, unknown>[] = [];
    const send = createQueueSender(async (target, request) => {
      sent.push({ ...target, ...request });
      if ("scannedAt" in request) {
        throw new ApiRequestError({
          status: 400,
          code: "VALIDATION_FAILED",
          message: "x",
          issues: [{ path: ["body", "scannedAt"], message: "future" }],
        });
      }
      return { ...CHECK_IN, duplicate: false };
    });
    expect(await send(entry)).toEqual({ kind: "accepted", duplicate: false });
    expect(sent.map((request) => [request.clientRequestId, "scannedAt" in request])).toEqual([
      ["request-1", true],
      ["request-1", false],
    ]);
  });

  it("keeps the entry when the network is down", async () => {
    const send = createQueueSender(async () => {
      throw new ApiRequestError({ status: 0, code: "NETWORK_ERROR", message: "x" });
    });
    expect(await send(entry)).toEqual({ kind: "retry-later" });
  });
});
