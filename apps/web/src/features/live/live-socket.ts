import {
  type CheckInCreatedEvent,
  CheckInCreatedEventSchema,
  FairJoinAckSchema,
  type IntentCreatedEvent,
  IntentCreatedEventSchema,
} from "@xiezuo/contracts";
import { openLiveSocket } from "../../lib/live-socket.ts";

export type LiveConnectionStatus = "connecting" | "connected" | "reconnecting" | "refused";

export interface LiveConnectionHandlers {
  onStatus(status: LiveConnectionStatus, refusalCode?: string): void;
  /** After every successful join, first connection and reconnects alike: time to catch up. */
  onJoined(): void;
  onCheckIn(event: CheckInCreatedEvent): void;
  onIntent(event: IntentCreatedEvent): void;
}

/** How long to wait for the join answer before trying again. */
const JOIN_TIMEOUT_MS = 5_000;

/**
 * The fair's live events over Socket.IO (same origin, the session cookie authenticates).
 * The server's adapter has no connection-state recovery, so after each reconnect the room
 * is joined again and the caller re-reads the figures from the API.
 */
export function connectLiveFair(fairId: string, handlers: LiveConnectionHandlers): () => void {
  const socket = openLiveSocket({ delayMs: 500, maxDelayMs: 5_000 });
  let isClosed = false;

  function join() {
    socket.timeout(JOIN_TIMEOUT_MS).emit("fair:join", { fairId }, (error, answer) => {
      if (isClosed) return;
      if (error) {
        // No answer in time: ask again while the connection lasts.
        if (socket.connected) join();
        return;
      }
      const ack = FairJoinAckSchema.safeParse(answer);
      if (ack.success && ack.data.ok) {
        handlers.onStatus("connected");
        handlers.onJoined();
      } else {
        handlers.onStatus("refused", ack.success && !ack.data.ok ? ack.data.error.code : "BAD_RESPONSE");
      }
    });
  }

  handlers.onStatus("connecting");
  socket.on("connect", join);
  socket.on("disconnect", (reason) => {
    if (isClosed) return;
    handlers.onStatus("reconnecting");
    // A disconnect by the server (e.g. during a deploy) is not retried by the client itself.
    if (reason === "io server disconnect") window.setTimeout(() => socket.connect(), 1_000);
  });
  socket.on("connect_error", (error) => {
    if (isClosed) return;
    // Refused by the server (e.g. no valid session): retrying will not help until the user signs in.
    if (socket.active) {
      handlers.onStatus("reconnecting");
      return;
    }
    const data = (error as { data?: { code?: unknown } }).data;
    handlers.onStatus("refused", typeof data?.code === "string" ? data.code : "UNAUTHENTICATED");
  });
  socket.on("checkin:created", (payload) => {
    const event = CheckInCreatedEventSchema.safeParse(payload);
    if (event.success && event.data.fairId === fairId) handlers.onCheckIn(event.data);
  });
  socket.on("intent:created", (payload) => {
    const event = IntentCreatedEventSchema.safeParse(payload);
    if (event.success && event.data.fairId === fairId) handlers.onIntent(event.data);
  });

  return () => {
    isClosed = true;
    socket.disconnect();
  };
}
