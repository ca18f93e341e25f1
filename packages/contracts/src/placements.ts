import { z } from "zod";
import { DateOnlySchema, IdSchema, InstantSchema, RegionCodeSchema } from "./common.ts";
import { SeekerBriefSchema } from "./intents.ts";

export const PlacementStatusSchema = z.enum(["ACTIVE", "STABLE", "ENDED"]);
export type PlacementStatus = z.infer<typeof PlacementStatusSchema>;

export const PlacementChannelSchema = z.enum(["FAIR", "LABOUR_COOPERATION", "SELF", "OTHER"]);
export type PlacementChannel = z.infer<typeof PlacementChannelSchema>;

/** Whole CNY per month. */
const MonthlyWageSchema = z.number().int("月工资应为整数（元）").min(1, "月工资应大于0").max(200_000, "月工资过大");

export const FollowUpSchema = z.object({
  id: IdSchema,
  placementId: IdSchema,
  checkedOn: DateOnlySchema,
  employed: z.boolean(),
  monthlyWage: z.number().int().nullable(),
  /** What the caller said, e.g. why the worker left. */
  note: z.string().nullable(),
  createdAt: InstantSchema,
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const PlacementSchema = z.object({
  id: IdSchema,
  seekerId: IdSchema,
  employerId: IdSchema,
  positionId: IdSchema.nullable(),
  status: PlacementStatusSchema,
  startedOn: DateOnlySchema,
  monthlyWage: z.number().int(),
  workCity: z.string(),
  /** Where the work is (GB/T 2260): the importing side's bureau sees the placement. */
  workRegionCode: z.string(),
  channel: PlacementChannelSchema,
  /** The follow-up that completed the continuous-employment period. */
  stableOn: DateOnlySchema.nullable(),
  /** The first follow-up that found the person not employed. */
  endedOn: DateOnlySchema.nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  employerName: z.string(),
  positionTitle: z.string().nullable(),
  seeker: SeekerBriefSchema,
  /** Most recent follow-up date, null before the first one. */
  lastCheckedOn: DateOnlySchema.nullable(),
});
export type Placement = z.infer<typeof PlacementSchema>;

export const PlacementDetailSchema = PlacementSchema.extend({ followUps: z.array(FollowUpSchema) });
export type PlacementDetail = z.infer<typeof PlacementDetailSchema>;

export const CreatePlacementRequestSchema = z.strictObject({
  seekerId: IdSchema,
  employerId: IdSchema,
  positionId: IdSchema.optional(),
  startedOn: DateOnlySchema,
  monthlyWage: MonthlyWageSchema,
  workCity: z.string().trim().min(1, "请填写务工城市").max(40),
  /** Default: the employer's regionCode. */
  workRegionCode: RegionCodeSchema.optional(),
  channel: PlacementChannelSchema,
});
export type CreatePlacementRequest = z.infer<typeof CreatePlacementRequestSchema>;

export const PlacementResponseSchema = z.object({ placement: PlacementDetailSchema });
export type PlacementResponse = z.infer<typeof PlacementResponseSchema>;

export const PlacementListQuerySchema = z.strictObject({
  seekerId: IdSchema.optional(),
  employerId: IdSchema.optional(),
  status: PlacementStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PlacementListQuery = z.infer<typeof PlacementListQuerySchema>;

export const PlacementListResponseSchema = z.object({ placements: z.array(PlacementSchema), total: z.number().int() });
export type PlacementListResponse = z.infer<typeof PlacementListResponseSchema>;

export const CreateFollowUpRequestSchema = z
  .strictObject({
    checkedOn: DateOnlySchema,
    employed: z.boolean(),
    /** The wage reported at this check; only when employed. */
    monthlyWage: MonthlyWageSchema.optional(),
    /** A short note of the call (why they left, a change of employer…). */
    note: z.string().trim().min(1).max(200).optional(),
  })
  .refine((v) => v.employed || v.monthlyWage === undefined, { path: ["monthlyWage"], message: "未在岗时不填写月工资" });
export type CreateFollowUpRequest = z.infer<typeof CreateFollowUpRequestSchema>;

export const CreateFollowUpResponseSchema = z.object({ followUp: FollowUpSchema, placement: PlacementDetailSchema });
export type CreateFollowUpResponse = z.infer<typeof CreateFollowUpResponseSchema>;

/** A follow-up is expected this many days after the start or the previous follow-up. */
export const FOLLOW_UP_INTERVAL_DAYS = 30;
/** Employed follow-ups further apart than this do not show continuous employment. */
export const MAX_FOLLOW_UP_GAP_DAYS = 45;

export const FollowUpsDueQuerySchema = z.strictObject({
  withinDays: z.coerce.number().int().min(0).max(90).default(7),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export type FollowUpsDueQuery = z.infer<typeof FollowUpsDueQuerySchema>;

export const FollowUpDueSchema = z.object({
  placementId: IdSchema,
  seeker: SeekerBriefSchema,
  employerId: IdSchema,
  employerName: z.string(),
  positionTitle: z.string().nullable(),
  workCity: z.string(),
  startedOn: DateOnlySchema,
  lastCheckedOn: DateOnlySchema.nullable(),
  /** Start or last follow-up + FOLLOW_UP_INTERVAL_DAYS. */
  dueOn: DateOnlySchema,
  /** Days past dueOn (0 when due today or later in the window). */
  daysOverdue: z.number().int(),
  /** Follow-ups recorded so far. */
  followUpCount: z.number().int(),
});
export type FollowUpDue = z.infer<typeof FollowUpDueSchema>;

export const FollowUpsDueResponseSchema = z.object({
  /** Today in China time, the reference for dueOn and daysOverdue. */
  today: DateOnlySchema,
  followUps: z.array(FollowUpDueSchema),
  total: z.number().int(),
});
export type FollowUpsDueResponse = z.infer<typeof FollowUpsDueResponseSchema>;
