// The publisher services call for live fair events. Sockets are I/O behind this
// interface: services never see Socket.IO, and tests can record what was published.
import {
  type CheckInCreatedEvent,
  CheckInCreatedEventSchema,
  fairRoom,
  type IntentCreatedEvent,
  IntentCreatedEventSchema,
  type IntentUpdatedEvent,
  IntentUpdatedEventSchema,
  seekerRoom,
  type TransferCountsEvent,
  TransferCountsEventSchema,
  transferRoom,
} from "@xiezuo/contracts";
import type { Logger } from "../lib/logger.ts";
import type { LiveNamespace } from "./live-types.ts";

export interface LiveEvents {
  checkInCreated(event: CheckInCreatedEvent): void;
  /** For intents (issue 5): call after the intent is committed. */
  intentCreated(event: IntentCreatedEvent): void;
}

/** Events for one job seeker's own phone (a SEEKER's sockets join seekerRoom at connection). */
export interface SeekerLiveEvents {
  /** Call after the status change is committed. */
  intentUpdated(seekerId: string, event: IntentUpdatedEvent): void;
}

/** Events for the watchers of one organised transfer (sockets that joined its room). */
export interface TransferLiveEvents {
  /** Call after the change is committed, with the counts read after it. */
  transferCounts(event: TransferCountsEvent): void;
}

/** Server-side rooms every socket joins at connection; clients cannot join them (no such event). */
export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/** Drops sockets on every API process (the adapter carries the request), e.g. at logout or when an account is disabled. */
export interface LiveSessionControl {
  disconnectUser(userId: string): void;
  disconnectSession(sessionId: string): void;
}

export interface BindableLiveEvents extends LiveEvents, SeekerLiveEvents, TransferLiveEvents, LiveSessionControl {
  /** Connects the publisher to the /live namespace (null detaches it, e.g. at shutdown). */
  bind(namespace: LiveNamespace | null): void;
}

/**
 * Payloads are parsed through the strict contract schemas, so a name or ID number added
 * by mistake fails loudly here instead of reaching a screen. Until a namespace is bound
 * (an app without sockets, as in HTTP-only tests) events go nowhere: nobody listens.
 */
export function createLiveEvents(logger: Logger): BindableLiveEvents {
  let namespace: LiveNamespace | null = null;

  return {
    bind(next) {
      namespace = next;
    },
    disconnectUser(userId) {
      namespace?.in(userRoom(userId)).disconnectSockets(true);
      logger.info({ userId }, "live sockets of a disabled user dropped");
    },
    disconnectSession(sessionId) {
      namespace?.in(sessionRoom(sessionId)).disconnectSockets(true);
    },
    checkInCreated(event) {
      const payload = CheckInCreatedEventSchema.parse(event);
      // Goes through the adapter, so clients on every API process receive it.
      namespace?.to(fairRoom(payload.fairId)).emit("checkin:created", payload);
      logger.debug({ fairId: payload.fairId, checkInId: payload.checkInId }, "checkin:created published");
    },
    intentCreated(event) {
      const payload = IntentCreatedEventSchema.parse(event);
      namespace?.to(fairRoom(payload.fairId)).emit("intent:created", payload);
      logger.debug({ fairId: payload.fairId, intentId: payload.intentId }, "intent:created published");
    },
    intentUpdated(seekerId, event) {
      const payload = IntentUpdatedEventSchema.parse(event);
      namespace?.to(seekerRoom(seekerId)).emit("intent:updated", payload);
      logger.debug({ intentId: payload.intentId, status: payload.status }, "intent:updated published");
    },
    transferCounts(event) {
      const payload = TransferCountsEventSchema.parse(event);
      namespace?.to(transferRoom(payload.transferId)).emit("transfer:counts", payload);
      logger.debug({ transferId: payload.transferId }, "transfer:counts published");
    },
  };
}
