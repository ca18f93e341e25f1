import { z } from "zod";
import { IdSchema, InstantSchema, RegionCodeSchema } from "./common.ts";
import { EmployerKindSchema } from "./employers.ts";

export const FairStatusSchema = z.enum(["DRAFT", "OPEN", "CLOSED"]);
export type FairStatus = z.infer<typeof FairStatusSchema>;

export const FairSchema = z.object({
  id: IdSchema,
  title: z.string(),
  venue: z.string(),
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  hostRegionCode: z.string(),
  partnerRegionCode: z.string().nullable(),
  /** The bureau that created the fair; null = platform-operated. */
  hostOrganisationId: IdSchema.nullable(),
  /** Co-organising bureaus: they run booths and see the fair's figures. */
  partnerOrganisationIds: z.array(IdSchema),
  status: FairStatusSchema,
  employerCount: z.number().int(),
});
export type Fair = z.infer<typeof FairSchema>;

export const FairResponseSchema = z.object({ fair: FairSchema });
export const FairListResponseSchema = z.object({ fairs: z.array(FairSchema), total: z.number().int() });
export type FairListResponse = z.infer<typeof FairListResponseSchema>;

export const FairListQuerySchema = z.strictObject({
  status: FairStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export type FairListQuery = z.infer<typeof FairListQuerySchema>;

export const CreateFairRequestSchema = z
  .strictObject({
    title: z.string().trim().min(2).max(120),
    venue: z.string().trim().min(2).max(200),
    startsAt: InstantSchema,
    endsAt: InstantSchema,
    hostRegionCode: RegionCodeSchema,
    partnerRegionCode: RegionCodeSchema.optional(),
  })
  .refine((f) => Date.parse(f.startsAt) < Date.parse(f.endsAt), {
    path: ["endsAt"],
    message: "结束时间应晚于开始时间",
  });
export type CreateFairRequest = z.infer<typeof CreateFairRequestSchema>;

export const PovertyBreakdownSchema = z.object({
  REGISTERED_POOR: z.number().int(),
  LIFTED: z.number().int(),
  MONITORED: z.number().int(),
  NONE: z.number().int(),
});

export const FairStatsSchema = z.object({
  employers: z.number().int(),
  positions: z.number().int(),
  openings: z.number().int(),
  checkIns: z.number().int(),
  intents: z.number().int(),
  seekersWithIntent: z.number().int(),
  seekersWithIntentByPovertyStatus: PovertyBreakdownSchema,
  /** Openings of positions that provide both food and lodging (包吃住). */
  openingsWithFoodAndLodging: z.number().int(),
});
export type FairStats = z.infer<typeof FairStatsSchema>;
export const FairStatsResponseSchema = z.object({ stats: FairStatsSchema });
export type FairStatsResponse = z.infer<typeof FairStatsResponseSchema>;

/** Every field optional, at least one; endsAt > startsAt is checked against the merged fair. */
export const UpdateFairRequestSchema = z
  .strictObject({
    status: FairStatusSchema.optional(),
    title: z.string().trim().min(2).max(120).optional(),
    venue: z.string().trim().min(2).max(200).optional(),
    startsAt: InstantSchema.optional(),
    endsAt: InstantSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "至少修改一项" })
  .refine((v) => !v.startsAt || !v.endsAt || Date.parse(v.startsAt) < Date.parse(v.endsAt), {
    path: ["endsAt"],
    message: "结束时间应晚于开始时间",
  });
export type UpdateFairRequest = z.infer<typeof UpdateFairRequestSchema>;

/** `booth` omitted keeps the current booth on a repeat; `null` clears it. */
export const JoinFairRequestSchema = z.strictObject({
  employerId: IdSchema,
  booth: z.string().trim().min(1).max(20).nullable().optional(),
});
export type JoinFairRequest = z.infer<typeof JoinFairRequestSchema>;

/** An employer taking part in a fair: public facts only, its booth and its open positions there. */
export const FairEmployerSchema = z.object({
  fairId: IdSchema,
  employerId: IdSchema,
  name: z.string(),
  shortName: z.string().nullable(),
  kind: EmployerKindSchema,
  city: z.string(),
  booth: z.string().nullable(),
  joinedAt: InstantSchema,
  /** Open positions of this employer linked to the fair. */
  openPositions: z.number().int(),
  /** Sum of their openings. */
  openings: z.number().int(),
});
export type FairEmployer = z.infer<typeof FairEmployerSchema>;
export const FairEmployerResponseSchema = z.object({ fairEmployer: FairEmployerSchema });
export type FairEmployerResponse = z.infer<typeof FairEmployerResponseSchema>;
export const FairEmployerListResponseSchema = z.object({ employers: z.array(FairEmployerSchema), total: z.number().int() });
export type FairEmployerListResponse = z.infer<typeof FairEmployerListResponseSchema>;

export const FairEmployerListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export type FairEmployerListQuery = z.infer<typeof FairEmployerListQuerySchema>;
