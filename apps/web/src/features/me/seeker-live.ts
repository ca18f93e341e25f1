import { type IntentUpdatedEvent, IntentUpdatedEventSchema } from "@xiezuo/contracts";
import { openLiveSocket } from "../../lib/live-socket.ts";

export interface SeekerLiveHandlers {
  /** After every (re)connection: events sent while away are lost, so read the list again. */
  onConnected(): void;
  onIntentUpdated(event: IntentUpdatedEvent): void;
}

/**
 * The seeker's own live channel: the server puts a SEEKER's socket in its seeker room at
 * connection (the session cookie says who it is), so there is nothing to join.
 */
export function connectSeekerLive(handlers: SeekerLiveHandlers): () => void {
  const socket = openLiveSocket({ delayMs: 1_000, maxDelayMs: 10_000 });
  let isClosed = false;

  socket.on("connect", () => {
    if (!isClosed) handlers.onConnected();
  });
  socket.on("disconnect", (reason) => {
    // A disconnect by the server (e.g. a deploy) is not retried by the client itself.
    if (!isClosed && reason === "io server disconnect") window.setTimeout(() => socket.connect(), 2_000);
  });
  socket.on("intent:updated", (payload) => {
    const event = IntentUpdatedEventSchema.safeParse(payload);
    if (event.success && !isClosed) handlers.onIntentUpdated(event.data);
  });

  return () => {
    isClosed = true;
    socket.disconnect();
  };
}
