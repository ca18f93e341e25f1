import { useCallback, useRef, useState } from "react";
import { isApiRequestError } from "../../lib/api-client.ts";
import { createRequestId } from "../../lib/client-request-id.ts";
import { isNetworkOnline } from "../../lib/network-status.ts";
import { classifyCheckInError, getTokenSuffix, giveFeedback, type OfflineQueue } from "../desk/index.ts";
import { BOARDING_FEEDBACK, type BoardingResult, refusalResult } from "./boarding-result.ts";
import { type BoardingTarget, postBoarding } from "./transfers-api.ts";

/**
 * The bus door's ways in (badge by camera or scanner, typed ID number) and the one result each
 * ends in. Badges are queued on the device while offline; ID numbers are only passed through.
 * `onBoarded` gets the seeker's id so the page can look the person up (and re-read a list that
 * does not know them yet).
 */
export function useBoarding(
  transferId: string,
  queue: OfflineQueue,
  { onBoarded, isDeparted }: { onBoarded: (seekerId: string) => void; isDeparted: () => Promise<boolean | null> },
) {
  const [result, setResult] = useState<BoardingResult | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const show = useCallback((next: BoardingResult) => {
    setResult(next);
    giveFeedback(BOARDING_FEEDBACK[next.kind]);
  }, []);

  /** One scan at a time: a second one during a slow answer waits its turn. */
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
        show({
          kind: "error",
          title: "无法暂存",
          reason: "这台设备不能离线暂存，请等网络恢复后再扫，或先在纸质名单上打勾。",
          at: entry.scannedAt,
        });
      }
    },
    [queue, show],
  );

  /** A refusal as shown; a CONFLICT asks the transfer whether the bus has left. */
  const refuse = useCallback(
    async (error: unknown, at: string) => {
      const departed = isApiRequestError(error) && error.code === "CONFLICT" ? await isDeparted() : null;
      show(refusalResult(error, at, departed));
    },
    [isDeparted, show],
  );

  const send = useCallback(
    async (target: BoardingTarget, clientRequestId: string) => {
      const { member, duplicate } = await postBoarding(transferId, target, { clientRequestId });
      onBoarded(member.seekerId);
      show({ kind: duplicate ? "duplicate" : "boarded", seekerId: member.seekerId, at: new Date().toISOString() });
    },
    [transferId, onBoarded, show],
  );

  const boardBadge = useCallback(
    (badgeToken: string) =>
      runExclusive(async () => {
        const entry = { badgeToken, scannedAt: new Date().toISOString(), clientRequestId: createRequestId() };
        if (!isNetworkOnline()) {
          await queueBadge(entry);
          return;
        }
        try {
          // Online, the server's clock times the boarding; scannedAt is sent only on replay.
          await send({ badgeToken }, entry.clientRequestId);
        } catch (error) {
          // Same clientRequestId in the queue: if this request did arrive, the replay is a duplicate.
          if (classifyCheckInError(error).kind === "retry-later") await queueBadge(entry);
          else await refuse(error, entry.scannedAt);
        }
      }),
    [queueBadge, refuse, runExclusive, send],
  );

  const boardIdNumber = useCallback(
    (idNumber: string) =>
      runExclusive(async () => {
        const at = new Date().toISOString();
        if (!isNetworkOnline()) {
          show({
            kind: "error",
            title: "网络已断开",
            reason: "用身份证号登记上车需要联网，不能离线暂存。请等网络恢复，或扫描胸牌二维码。",
            at,
          });
          return;
        }
        try {
          await send({ idNumber }, createRequestId());
        } catch (error) {
          await refuse(error, at);
        }
      }),
    [refuse, runExclusive, send, show],
  );

  return { result, isBusy, boardBadge, boardIdNumber };
}
