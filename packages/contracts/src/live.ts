// Socket.IO contract of the live fair screens. No names, ID or phone numbers in any event.
import { z } from "zod";
import { IdSchema, InstantSchema } from "./common.ts";
import { ErrorCodeSchema } from "./errors.ts";

export const LIVE_NAMESPACE = "/live";
export const fairRoom = (fairId: string) => `fair:${fairId}`;

export const FairJoinRequestSchema = z.strictObject({ fairId: IdSchema });
export type FairJoinRequest = z.infer<typeof FairJoinRequestSchema>;

export const FairJoinAckSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCodeSchema }) }),
]);
export type FairJoinAck = z.infer<typeof FairJoinAckSchema>;

export const CheckInCreatedEventSchema = z.strictObject({
  fairId: IdSchema,
  checkInId: IdSchema,
  at: InstantSchema,
  /** Distinct seekers checked in at the fair after this check-in. */
  checkIns: z.number().int(),
});
export type CheckInCreatedEvent = z.infer<typeof CheckInCreatedEventSchema>;

export const IntentCreatedEventSchema = z.strictObject({
  fairId: IdSchema,
  intentId: IdSchema,
  positionId: IdSchema,
  at: InstantSchema,
  /** Distinct seekers with at least one intent at the fair. */
  seekersWithIntent: z.number().int(),
});
export type IntentCreatedEvent = z.infer<typeof IntentCreatedEventSchema>;

/** Events the server emits to clients of /live. */
export interface LiveServerToClientEvents {
  "checkin:created": (event: CheckInCreatedEvent) => void;
  "intent:created": (event: IntentCreatedEvent) => void;
}

/** Events a client of /live emits; every payload is parsed with the schemas above. */
export interface LiveClientToServerEvents {
  "fair:join": (request: FairJoinRequest, ack: (answer: FairJoinAck) => void) => void;
  "fair:leave": (request: FairJoinRequest, ack?: (answer: FairJoinAck) => void) => void;
}
