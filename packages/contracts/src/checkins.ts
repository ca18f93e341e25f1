import { z } from "zod";
import { IdSchema, InstantSchema } from "./common.ts";
import { BadgeTokenSchema } from "./seekers.ts";
import { IdNumberSchema } from "./validators/id-number.ts";

/** Generated once per scan on the device, kept while the check-in is queued, replayed unchanged. */
export const ClientRequestIdSchema = z.string().regex(/^[A-Za-z0-9_.:-]{8,64}$/, "clientRequestId 应为8–64位字母、数字或 _.:-");

/** How far a device clock may run ahead of the server's before `scannedAt` counts as "in the future". */
export const SCANNED_AT_MAX_SKEW_MS = 60_000;

/**
 * Exactly one of seekerId, idNumber (typed at the desk) or badgeToken (scanned QR).
 * `scannedAt` is the time of the scan on the device; an offline desk replays it so the
 * arrival keeps its real time. It must not lie in the future (1 minute of skew allowed).
 */
export const CheckInRequestSchema = z
  .strictObject({
    seekerId: IdSchema.optional(),
    idNumber: IdNumberSchema.optional(),
    badgeToken: BadgeTokenSchema.optional(),
    clientRequestId: ClientRequestIdSchema,
    scannedAt: InstantSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const given = [value.seekerId, value.idNumber, value.badgeToken].filter((v) => v !== undefined).length;
    if (given !== 1) {
      ctx.addIssue({ code: "custom", path: [], message: "须且只能提供 seekerId、idNumber、badgeToken 之一" });
    }
  });
export type CheckInRequest = z.infer<typeof CheckInRequestSchema>;

export const CheckInSchema = z.object({
  id: IdSchema,
  fairId: IdSchema,
  seekerId: IdSchema,
  at: InstantSchema,
});
export type CheckIn = z.infer<typeof CheckInSchema>;

/** 201 with duplicate:false for a new check-in; 200 with duplicate:true and the original one. */
export const CheckInResponseSchema = z.object({ checkIn: CheckInSchema, duplicate: z.boolean() });
export type CheckInResponse = z.infer<typeof CheckInResponseSchema>;

export const CheckInTimelineQuerySchema = z.strictObject({
  /** Only minutes at or after this instant (a reconnecting dashboard asks from its last bucket). */
  since: InstantSchema.optional(),
});
export type CheckInTimelineQuery = z.infer<typeof CheckInTimelineQuerySchema>;

export const ArrivalBucketSchema = z.object({
  /** Start of the minute, UTC. */
  minute: InstantSchema,
  arrivals: z.number().int(),
});
export type ArrivalBucket = z.infer<typeof ArrivalBucketSchema>;

export const CheckInTimelineSchema = z.object({
  fairId: IdSchema,
  /** Distinct seekers checked in (the same figure as stats.checkIns). */
  checkIns: z.number().int(),
  intents: z.number().int(),
  seekersWithIntent: z.number().int(),
  /** Minutes with at least one arrival, oldest first. */
  buckets: z.array(ArrivalBucketSchema),
  /** Server time of the answer: live events after it are newer than these figures. */
  asOf: InstantSchema,
});
export type CheckInTimeline = z.infer<typeof CheckInTimelineSchema>;
export const CheckInTimelineResponseSchema = z.object({ timeline: CheckInTimelineSchema });
export type CheckInTimelineResponse = z.infer<typeof CheckInTimelineResponseSchema>;
