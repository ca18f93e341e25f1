import { FairJoinAckSchema, type TransferCountsEvent, TransferCountsEventSchema } from "@xiezuo/contracts";
import { openLiveSocket } from "../../lib/live-socket.ts";

export type TransferConnectionStatus = "connecting" | "connected" | "reconnecting" | "refused";

export interface TransferConnectionHandlers {
  onStatus(status: TransferConnectionStatus): void;
  /** After every successful join, the first and each reconnect: time to re-read the transfer. */
  onJoined(): void;
  onCounts(event: TransferCountsEvent): void;
}

/** How long to wait for the join answer before asking again. */
const JOIN_TIMEOUT_MS = 5_000;

/**
 * The transfer's room on /live, as the fair's live screen joins its fair (features/live): same
 * origin, the session cookie authenticates; no recovery of missed events, so after each
 * reconnect the room is joined again and the caller re-reads the figures from the API.
 */
export function connectTransferRoom(transferId: string, handlers: TransferConnectionHandlers): () => void {
  const socket = openLiveSocket({ delayMs: 500, maxDelayMs: 5_000 });
  let isClosed = false;

  function join() {
    socket.timeout(JOIN_TIMEOUT_MS).emit("transfer:join", { transferId }, (error, answer) => {
      if (isClosed) return;
      if (error) {
        if (socket.connected) join();
        return;
      }
      const ack = FairJoinAckSchema.safeParse(answer);
      if (ack.success && ack.data.ok) {
        handlers.onStatus("connected");
        handlers.onJoined();
      } else {
        handlers.onStatus("refused");
      }
    });
  }

  handlers.onStatus("connecting");
  socket.on("connect", join);
  socket.on("disconnect", (reason) => {
    if (isClosed) return;
    handlers.onStatus("reconnecting");
    // A disconnect by the server (a deploy, say) is not retried by the client itself.
    if (reason === "io server disconnect") window.setTimeout(() => socket.connect(), 1_000);
  });
  socket.on("connect_error", () => {
    if (isClosed) return;
    handlers.onStatus(socket.active ? "reconnecting" : "refused");
  });
  socket.on("transfer:counts", (payload) => {
    const event = TransferCountsEventSchema.safeParse(payload);
    if (event.success && event.data.transferId === transferId) handlers.onCounts(event.data);
  });

  return () => {
    isClosed = true;
    socket.disconnect();
  };
}
