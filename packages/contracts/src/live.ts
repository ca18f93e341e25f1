// Socket.IO contract of the live fair screens. No names, ID or phone numbers in any event.
import { z } from "zod";
import { IdSchema, InstantSchema } from "./common.ts";
import { ErrorCodeSchema } from "./errors.ts";
import { IntentStatusSchema } from "./intents.ts";
import type { TransferCountsEvent } from "./transfers.ts";

export const LIVE_NAMESPACE = "/live";
export const fairRoom = (fairId: string) => `fair:${fairId}`;
/** A SEEKER's own sockets join this room at connection; nobody else may. */
export const seekerRoom = (seekerId: string) => `seeker:${seekerId}`;

/** Watchers of one organised transfer (its live counts). */
export const transferRoom = (transferId: string) => `transfer:${transferId}`;

export const FairJoinRequestSchema = z.strictObject({ fairId: IdSchema });
export type FairJoinRequest = z.infer<typeof FairJoinRequestSchema>;

export const FairJoinAckSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCodeSchema }) }),
]);
export type FairJoinAck = z.infer<typeof FairJoinAckSchema>;

/** Join a transfer's room: allowed when the caller may read the transfer. The ack is a FairJoinAck. */
export const TransferJoinRequestSchema = z.strictObject({ transferId: IdSchema });
export type TransferJoinRequest = z.infer<typeof TransferJoinRequestSchema>;

/** Most check-in ids one checkin:created event announces. */
export const MAX_CHECKINS_PER_EVENT = 500;

/**
 * One or more new check-ins at a fair. Under a burst the server announces the check-ins
 * of a short window (≤ 500 ms) together, so 1,000 screens get a few events per second
 * instead of one per arrival: `checkInId`/`at` are the latest of them, `arrivals` says
 * how many this event announces and `checkInIds` lists them all.
 */
export const CheckInCreatedEventSchema = z.strictObject({
  fairId: IdSchema,
  checkInId: IdSchema,
  at: InstantSchema,
  /** Distinct seekers checked in at the fair, counted after these check-ins: a screen shows the largest figure it has seen. */
  checkIns: z.number().int(),
  arrivals: z.number().int().min(1),
  checkInIds: z.array(IdSchema).min(1).max(MAX_CHECKINS_PER_EVENT),
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

/** To the seeker's own room only: one of the seeker's intents changed status (no personal data). */
export const IntentUpdatedEventSchema = z.strictObject({
  intentId: IdSchema,
  positionId: IdSchema,
  status: IntentStatusSchema,
  at: InstantSchema,
});
export type IntentUpdatedEvent = z.infer<typeof IntentUpdatedEventSchema>;

/** Events the server emits to clients of /live. */
export interface LiveServerToClientEvents {
  "checkin:created": (event: CheckInCreatedEvent) => void;
  "intent:created": (event: IntentCreatedEvent) => void;
  "intent:updated": (event: IntentUpdatedEvent) => void;
  /** To a transfer's room after each boarding, departure, arrival or exception (TransferCountsEventSchema). */
  "transfer:counts": (event: TransferCountsEvent) => void;
}

/** Events a client of /live emits; every payload is parsed with the schemas above. */
export interface LiveClientToServerEvents {
  "fair:join": (request: FairJoinRequest, ack: (answer: FairJoinAck) => void) => void;
  "fair:leave": (request: FairJoinRequest, ack?: (answer: FairJoinAck) => void) => void;
  "transfer:join": (request: TransferJoinRequest, ack: (answer: FairJoinAck) => void) => void;
  "transfer:leave": (request: TransferJoinRequest, ack?: (answer: FairJoinAck) => void) => void;
}
