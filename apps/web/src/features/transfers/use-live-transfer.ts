import { useQueryClient } from "@tanstack/react-query";
import type { TransferCounts, TransferDetail } from "@xiezuo/contracts";
import { useCallback, useEffect, useRef, useState } from "react";
import { useApiData } from "../../lib/use-api-data.ts";
import { applyEvent, currentCounts, type LiveCounts } from "./transfer-counts-model.ts";
import { connectTransferRoom, type TransferConnectionStatus } from "./transfer-socket.ts";
import { getTransfer } from "./transfers-api.ts";

/** Members change with the counts: the page reads the transfer again, at most this often under a burst. */
const REREAD_DELAY_MS = 600;

const transferKey = (transferId: string) => ["transfers", transferId] as const;

/**
 * A transfer as read from the API, with its counts kept live by the transfer's room: each
 * `transfer:counts` event shows at once, and the transfer is read again after every (re)join
 * and, with `rereadOnEvent`, shortly after events (the page's member list follows the desk).
 */
export function useLiveTransfer(transferId: string, { rereadOnEvent }: { rereadOnEvent: boolean }) {
  const sequence = useRef(0);
  const load = useCallback(
    async (signal: AbortSignal) => {
      sequence.current += 1;
      const seq = sequence.current;
      return { transfer: await getTransfer(transferId, signal), seq };
    },
    [transferId],
  );
  const query = useApiData(load, [], { key: transferKey(transferId) });
  const [event, setEvent] = useState<LiveCounts["event"]>(null);
  const [connection, setConnection] = useState<TransferConnectionStatus>("connecting");
  const { reload } = query;

  useEffect(() => {
    setEvent(null);
    let timer: number | null = null;
    const rereadSoon = () => {
      if (timer !== null) return;
      timer = window.setTimeout(() => {
        timer = null;
        reload();
      }, REREAD_DELAY_MS);
    };
    const disconnect = connectTransferRoom(transferId, {
      onStatus: setConnection,
      onJoined: reload,
      onCounts: (next) => {
        sequence.current += 1;
        const seq = sequence.current;
        setEvent((previous) => applyEvent({ read: null, event: previous }, next, seq).event);
        if (rereadOnEvent) rereadSoon();
      },
    });
    return () => {
      disconnect();
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [transferId, reload, rereadOnEvent]);

  const data = query.data;
  const counts: TransferCounts | null = currentCounts({ read: data ? { counts: data.transfer.counts, seq: data.seq } : null, event });
  const transfer: TransferDetail | null = data?.transfer ?? null;
  return { transfer, counts, status: query.status, error: query.error, reload, connection };
}

/**
 * The shared read of the transfer, for a second query that needs the same answer (the desk's
 * offline facts): one request serves both. It runs on its own signal, so cancelling the second
 * query never cancels the first one's read.
 */
export function useSharedTransferRead(transferId: string) {
  const client = useQueryClient();
  return useCallback(async (): Promise<TransferDetail> => {
    const data = await client.fetchQuery({
      queryKey: transferKey(transferId),
      queryFn: async ({ signal }) => ({ transfer: await getTransfer(transferId, signal), seq: 0 }),
      staleTime: 5_000,
    });
    return data.transfer;
  }, [client, transferId]);
}
