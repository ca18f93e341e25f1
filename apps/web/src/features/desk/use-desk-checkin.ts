import type { CheckInResponse } from "@xiezuo/contracts";
import { useCallback, useRef, useState } from "react";
import { describeError, isApiRequestError } from "../../lib/api-client.ts";
import { createRequestId } from "../../lib/client-request-id.ts";
import { isNetworkOnline } from "../../lib/network-status.ts";
import { getSeeker, lookupSeeker } from "../seekers/index.ts";
import { classifyCheckInError } from "./checkin-outcome.ts";
import { type CheckInResult, type DeskPerson, describeRefusal, toDeskPerson } from "./checkin-result.ts";
import { postCheckIn } from "./desk-api.ts";
import { type FeedbackKind, giveFeedback } from "./feedback.ts";
import { getTokenSuffix, type OfflineQueue } from "./offline-queue.ts";

export type DeskMode = { kind: "ready" } | { kind: "register"; idNumber: string };

const FEEDBACK: Record<CheckInResult["kind"], FeedbackKind> = {
  success: "success",
  duplicate: "duplicate",
  queued: "queued",
  error: "error",
};

/**
 * The desk's three ways in (badge, typed ID number, on-the-spot registration) and the one
 * result each ends in. ID numbers are only passed through: nothing here keeps them.
 */
export function useDeskCheckIn(fairId: string, queue: OfflineQueue) {
  const [result, setResult] = useState<CheckInResult | null>(null);
  const [mode, setMode] = useState<DeskMode>({ kind: "ready" });
  const [isBusy, setIsBusy] = useState(false);

  const show = useCallback((next: CheckInResult) => {
    setResult(next);
    giveFeedback(FEEDBACK[next.kind]);
  }, []);

  const showResponse = useCallback(
    (response: CheckInResponse, person: DeskPerson | null) => {
      show({ kind: response.duplicate ? "duplicate" : "success", person, at: response.checkIn.at });
    },
    [show],
  );

  const showRefusal = useCallback(
    (error: unknown) => {
      const code = isApiRequestError(error) ? error.code : "";
      show({ kind: "error", title: "签到失败", reason: code ? describeRefusal(code) : describeError(error), at: new Date().toISOString() });
    },
    [show],
  );

  /** Runs one check-in at a time: a second scan during a slow answer waits for its turn. */
  const chain = useRef<Promise<void>>(Promise.resolve());
  const runExclusive = useCallback((task: () => Promise<void>) => {
    const run = chain.current.then(async () => {
      setIsBusy(true);
      try {
        await task();
      } finally {
        setIsBusy(false);
      }
    });
    chain.current = run.catch(() => undefined);
    return run;
  }, []);

  const queueBadge = useCallback(
    async (entry: { badgeToken: string; scannedAt: string; clientRequestId: string }) => {
      try {
        const { added } = await queue.enqueue(entry);
        show({ kind: "queued", tokenSuffix: getTokenSuffix(entry.badgeToken), isNew: added, at: entry.scannedAt });
      } catch {
        // IndexedDB refused (private mode, storage full): nothing was kept, and staff must know.
        show({
          kind: "error",
          title: "无法暂存",
          reason: "这台设备不能离线暂存签到，请等网络恢复后再扫，或先记在纸上。",
          at: entry.scannedAt,
        });
      }
    },
    [queue, show],
  );

  const checkInBadge = useCallback(
    (badgeToken: string) =>
      runExclusive(async () => {
        setMode({ kind: "ready" });
        const entry = { badgeToken, scannedAt: new Date().toISOString(), clientRequestId: createRequestId() };
        if (!isNetworkOnline()) {
          await queueBadge(entry);
          return;
        }
        let response: CheckInResponse;
        try {
          // Online, the server's clock times the arrival; scannedAt is sent only on replay.
          response = await postCheckIn(fairId, { badgeToken }, { clientRequestId: entry.clientRequestId });
        } catch (error) {
          // Same clientRequestId in the queue: if this request did arrive, the replay is a duplicate.
          if (classifyCheckInError(error).kind === "retry-later") await queueBadge(entry);
          else showRefusal(error);
          return;
        }
        const person = await getSeeker(response.checkIn.seekerId).then(toDeskPerson, () => null);
        showResponse(response, person);
      }),
    [fairId, queueBadge, runExclusive, showRefusal, showResponse],
  );

  const checkInSeeker = useCallback(
    async (seekerId: string, person: DeskPerson | null) => {
      try {
        showResponse(await postCheckIn(fairId, { seekerId }, { clientRequestId: createRequestId() }), person);
      } catch (error) {
        showRefusal(error);
      }
    },
    [fairId, showRefusal, showResponse],
  );

  const checkInIdNumber = useCallback(
    (idNumber: string) =>
      runExclusive(async () => {
        setMode({ kind: "ready" });
        if (!isNetworkOnline()) {
          show({
            kind: "error",
            title: "网络已断开",
            reason: "用身份证号签到需要联网，不能离线暂存。请等网络恢复，或扫描胸牌二维码。",
            at: new Date().toISOString(),
          });
          return;
        }
        try {
          const seeker = await lookupSeeker(idNumber);
          await checkInSeeker(seeker.id, toDeskPerson(seeker));
        } catch (error) {
          if (isApiRequestError(error) && error.status === 404) {
            setResult(null);
            setMode({ kind: "register", idNumber });
          } else {
            showRefusal(error);
          }
        }
      }),
    [checkInSeeker, runExclusive, show, showRefusal],
  );

  /** Who was just registered on the spot: the desk offers to print their badge at once. */
  const [justRegistered, setJustRegistered] = useState<{ seekerId: string; name: string | null } | null>(null);

  const finishRegistration = useCallback(
    async (seekerId: string, person: DeskPerson | null) => {
      setMode({ kind: "ready" });
      setJustRegistered({ seekerId, name: person?.maskedName ?? null });
      await checkInSeeker(seekerId, person);
    },
    [checkInSeeker],
  );

  const startRegistration = useCallback(() => {
    setJustRegistered(null);
    setResult(null);
    setMode({ kind: "register", idNumber: "" });
  }, []);
  const cancelRegistration = useCallback(() => setMode({ kind: "ready" }), []);

  const dismissJustRegistered = useCallback(() => setJustRegistered(null), []);

  return {
    result,
    mode,
    isBusy,
    justRegistered,
    dismissJustRegistered,
    checkInBadge,
    checkInIdNumber,
    finishRegistration,
    startRegistration,
    cancelRegistration,
  };
}
