import { useEffect, useMemo, useState } from "react";
import { onBackOnline, useIsOnline } from "../../lib/network-status.ts";
import { createQueueSender } from "./checkin-outcome.ts";
import { postCheckIn } from "./desk-api.ts";
import { createIndexedDbQueueStore, runWithQueueLock } from "./indexeddb-queue-store.ts";
import { createOfflineQueue, type FailedCheckIn, type OfflineQueue, type QueuedCheckIn } from "./offline-queue.ts";

/** How often a desk with queued scans tries again while the device thinks it is online. */
const RETRY_INTERVAL_MS = 15_000;

export interface OfflineQueueState {
  queue: OfflineQueue;
  pending: QueuedCheckIn[];
  failed: FailedCheckIn[];
  isReplaying: boolean;
  isOnline: boolean;
  /** Set when IndexedDB cannot be used (private mode in some browsers): nothing can be queued. */
  storageError: unknown;
}

/**
 * The fair's queue of offline scans, replayed when the API is reachable again (lib/network-status:
 * the browser's 'online', or a probe that gets through), every 15 s while entries wait, and
 * when the desk opens (after a reload, say).
 */
export function useOfflineQueue(fairId: string): OfflineQueueState {
  const queue = useMemo(
    () =>
      createOfflineQueue({
        store: createIndexedDbQueueStore(fairId),
        send: createQueueSender((target, request) => postCheckIn(fairId, target, request)),
        runExclusive: runWithQueueLock(fairId),
      }),
    [fairId],
  );
  return useQueueState(queue);
}

/** Any offline queue's lists and replays, as above (the transfer's boarding desk has its own queue). */
export function useQueueState(queue: OfflineQueue): OfflineQueueState {
  const isOnline = useIsOnline();
  const [lists, setLists] = useState<{ pending: QueuedCheckIn[]; failed: FailedCheckIn[] }>({ pending: [], failed: [] });
  const [isReplaying, setIsReplaying] = useState(false);
  const [storageError, setStorageError] = useState<unknown>(null);

  useEffect(() => {
    let isCurrent = true;
    const refresh = () => {
      setIsReplaying(queue.isReplaying());
      Promise.all([queue.pending(), queue.failed()]).then(
        ([pending, failed]) => {
          if (!isCurrent) return;
          setLists({ pending, failed });
          setStorageError(null);
        },
        (error: unknown) => {
          if (isCurrent) setStorageError(error);
        },
      );
    };
    const unsubscribe = queue.subscribe(refresh);
    refresh();
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [queue]);

  useEffect(() => {
    const replay = () => {
      if (navigator.onLine) void queue.replay().catch(() => undefined);
    };
    replay();
    const stopListening = onBackOnline(replay);
    // Entries left waiting (a refused batch, a lost answer) are tried again now and then; the
    // way back online is noticed by lib/network-status's probe, which fires onBackOnline.
    const timer = window.setInterval(replay, RETRY_INTERVAL_MS);
    return () => {
      stopListening();
      window.clearInterval(timer);
    };
  }, [queue]);

  return { queue, ...lists, isReplaying, isOnline, storageError };
}
