import { z } from "zod";
import { IdSchema, InstantSchema, RegionCodeSchema } from "./common.ts";

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
