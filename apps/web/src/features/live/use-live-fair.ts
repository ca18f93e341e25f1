import type { CheckInCreatedEvent, IntentCreatedEvent } from "@xiezuo/contracts";
import { useCallback, useEffect, useRef, useState } from "react";
import { isAbortError } from "../../lib/api-client.ts";
import { getCheckInTimeline } from "./live-api.ts";
import { applyCheckInEvent, applyIntentEvent, figuresFromTimeline, type LiveFigures } from "./live-figures-model.ts";
import { connectLiveFair, type LiveConnectionStatus } from "./live-socket.ts";

/** The chart's longest window; the catch-up reads this far back. */
export const MAX_WINDOW_MINUTES = 120;
/** A quiet re-read from the API, in case an event was lost on the way. */
const RESYNC_MS = 60_000;
/** Events kept to re-apply over a catch-up that was already on its way when they arrived. */
const EVENT_MEMORY_MS = 30_000;

type RecentEvent =
  | { kind: "checkin"; event: CheckInCreatedEvent; receivedAt: number }
  | { kind: "intent"; event: IntentCreatedEvent; receivedAt: number };

function applyEvent(figures: LiveFigures, recent: RecentEvent): LiveFigures {
  return recent.kind === "checkin" ? applyCheckInEvent(figures, recent.event) : applyIntentEvent(figures, recent.event);
}

/**
 * Live figures of a fair: read from the API, then moved by socket events as they arrive
 * (within a second), and read again after every (re)join and once a minute.
 */
export function useLiveFair(fairId: string, { isLive }: { isLive: boolean }) {
  const [figures, setFigures] = useState<LiveFigures | null>(null);
  const [status, setStatus] = useState<{ status: LiveConnectionStatus; code?: string }>({ status: "connecting" });
  const [loadError, setLoadError] = useState<unknown>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const recentEvents = useRef<RecentEvent[]>([]);
  const catchUpController = useRef<AbortController | null>(null);

  const catchUp = useCallback(async () => {
    catchUpController.current?.abort();
    const controller = new AbortController();
    catchUpController.current = controller;
    try {
      // A fair in progress needs only the chart's window; a past one is read whole, to replay its day.
      const since = isLive ? new Date(Date.now() - MAX_WINDOW_MINUTES * 60_000) : undefined;
      const timeline = await getCheckInTimeline(fairId, since, controller.signal);
      if (controller.signal.aborted) return;
      // Events that arrived while the answer was on its way: the running totals tell which
      // of them it already counts.
      setFigures(recentEvents.current.reduce(applyEvent, figuresFromTimeline(timeline)));
      setLoadError(null);
      setUpdatedAt(new Date());
    } catch (error) {
      if (!isAbortError(error) && !controller.signal.aborted) setLoadError(error);
    }
  }, [fairId, isLive]);

  useEffect(() => {
    setFigures(null);
    recentEvents.current = [];
    void catchUp();
    const remember = (recent: RecentEvent) => {
      const now = Date.now();
      recentEvents.current = [...recentEvents.current.filter((e) => now - e.receivedAt < EVENT_MEMORY_MS), recent];
      setFigures((previous) => (previous ? applyEvent(previous, recent) : previous));
      setUpdatedAt(new Date());
    };
    const disconnect = connectLiveFair(fairId, {
      onStatus: (next, code) => setStatus({ status: next, code }),
      onJoined: () => void catchUp(),
      onCheckIn: (event) => remember({ kind: "checkin", event, receivedAt: Date.now() }),
      onIntent: (event) => remember({ kind: "intent", event, receivedAt: Date.now() }),
    });
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") void catchUp();
    }, RESYNC_MS);
    return () => {
      disconnect();
      window.clearInterval(timer);
      catchUpController.current?.abort();
    };
  }, [fairId, catchUp]);

  return { figures, connection: status, loadError, updatedAt, retry: catchUp };
}
