import { useMemo } from "react";
import {
  createNamedQueueStore,
  createOfflineQueue,
  createQueueSender,
  type OfflineQueueState,
  runWithNamedQueueLock,
  useQueueState,
} from "../desk/index.ts";
import { postBoarding } from "./transfers-api.ts";

/**
 * One small database per transfer, holding what the fair desk's queue holds and nothing else:
 * badge token, scan time, clientRequestId (typed ID numbers are never queued).
 */
export const BOARDING_QUEUE_DB_PREFIX = "xiezuo-boarding-queue:";

export function getBoardingQueueDbName(transferId: string): string {
  return `${BOARDING_QUEUE_DB_PREFIX}${transferId}`;
}

/**
 * Badge scans at the bus door while the network is down, replayed once it returns (the fair
 * desk's queue: same clientRequestId, so a replay the server already has is a duplicate).
 */
export function useBoardingQueue(transferId: string): OfflineQueueState {
  const queue = useMemo(() => {
    const dbName = getBoardingQueueDbName(transferId);
    return createOfflineQueue({
      store: createNamedQueueStore(dbName),
      send: createQueueSender((target, request) => postBoarding(transferId, target, request)),
      runExclusive: runWithNamedQueueLock(dbName),
    });
  }, [transferId]);
  return useQueueState(queue);
}
