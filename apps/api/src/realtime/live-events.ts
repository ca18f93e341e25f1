// The publisher services call for live fair events. Sockets are I/O behind this
// interface: services never see Socket.IO, and tests can record what was published.
import {
  type CheckInCreatedEvent,
  CheckInCreatedEventSchema,
  fairRoom,
  type IntentCreatedEvent,
  IntentCreatedEventSchema,
} from "@xiezuo/contracts";
import type { Logger } from "../lib/logger.ts";
import type { LiveNamespace } from "./live-types.ts";

export interface LiveEvents {
  checkInCreated(event: CheckInCreatedEvent): void;
  /** For intents (issue 5): call after the intent is committed. */
  intentCreated(event: IntentCreatedEvent): void;
}

export interface BindableLiveEvents extends LiveEvents {
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
  };
}
