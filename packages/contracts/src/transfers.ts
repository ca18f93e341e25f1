import { z } from "zod";
import { ClientRequestIdSchema } from "./checkins.ts";
import { DateOnlySchema, IdSchema, InstantSchema, RegionCodeSchema } from "./common.ts";
import { SeekerBriefSchema } from "./intents.ts";
import { BadgeTokenSchema } from "./seekers.ts";
import { IdNumberSchema } from "./validators/id-number.ts";

// ---- Organised transfer (组织化输出) ----

export const TransportModeSchema = z.enum(["BUS", "TRAIN", "FLIGHT", "OTHER"]);
export type TransportMode = z.infer<typeof TransportModeSchema>;
export const TransferStatusSchema = z.enum(["PLANNED", "DEPARTED"]);
export type TransferStatus = z.infer<typeof TransferStatusSchema>;
export const TransferMemberStateSchema = z.enum(["LISTED", "BOARDED", "NO_SHOW", "ARRIVED", "EXCEPTION"]);
export type TransferMemberState = z.infer<typeof TransferMemberStateSchema>;
export const TransferExceptionReasonSchema = z.enum(["NO_SHOW", "LEFT_EN_ROUTE", "REFUSED_AT_ARRIVAL", "OTHER"]);
export type TransferExceptionReason = z.infer<typeof TransferExceptionReasonSchema>;

/** POST /api/transfers: the exporting side plans it; a platform ADMIN names the organisation. */
export const CreateTransferRequestSchema = z.strictObject({
  title: z.string().trim().min(2, "请填写名称").max(120),
  departsAt: InstantSchema,
  transport: TransportModeSchema,
  destinationRegionCode: RegionCodeSchema,
  employerId: IdSchema.optional(),
  organisationId: IdSchema.optional(),
});
export type CreateTransferRequest = z.infer<typeof CreateTransferRequestSchema>;

export const TransferCountsSchema = z.object({
  listed: z.number().int(),
  boarded: z.number().int(),
  arrived: z.number().int(),
  noShow: z.number().int(),
  exceptions: z.number().int(),
});
export type TransferCounts = z.infer<typeof TransferCountsSchema>;

/** A person as transfer pages show them: masked, with the household's township and village. */
export const TransferSeekerSchema = SeekerBriefSchema.extend({ township: z.string().nullable(), village: z.string().nullable() });
export type TransferSeeker = z.infer<typeof TransferSeekerSchema>;

export const TransferMemberSchema = z.object({
  seekerId: IdSchema,
  state: TransferMemberStateSchema,
  boardedAt: InstantSchema.nullable(),
  arrivedOn: DateOnlySchema.nullable(),
  exceptionReason: TransferExceptionReasonSchema.nullable(),
  note: z.string().nullable(),
  /** Masked, as every person in a response. */
  seeker: TransferSeekerSchema,
});
export type TransferMember = z.infer<typeof TransferMemberSchema>;

export const TransferSchema = z.object({
  id: IdSchema,
  title: z.string(),
  status: TransferStatusSchema,
  organisationId: IdSchema,
  departsAt: InstantSchema,
  departedAt: InstantSchema.nullable(),
  transport: TransportModeSchema,
  destinationRegionCode: z.string(),
  employerId: IdSchema.nullable(),
  employerName: z.string().nullable(),
  counts: TransferCountsSchema,
  createdAt: InstantSchema,
});
export type Transfer = z.infer<typeof TransferSchema>;

export const TransferDetailSchema = TransferSchema.extend({ members: z.array(TransferMemberSchema) });
export type TransferDetail = z.infer<typeof TransferDetailSchema>;

export const TransferResponseSchema = z.object({ transfer: TransferDetailSchema });
export type TransferResponse = z.infer<typeof TransferResponseSchema>;
export const TransferListResponseSchema = z.object({ transfers: z.array(TransferSchema), total: z.number().int() });
export type TransferListResponse = z.infer<typeof TransferListResponseSchema>;

export const TransferListQuerySchema = z.strictObject({
  status: TransferStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TransferListQuery = z.infer<typeof TransferListQuerySchema>;

export const AddTransferMemberRequestSchema = z.strictObject({ seekerId: IdSchema });
export type AddTransferMemberRequest = z.infer<typeof AddTransferMemberRequestSchema>;

/** Most people one bulk request lists (从已录用名单添加). */
export const MAX_TRANSFER_BULK_MEMBERS = 500;

export const AddTransferMembersRequestSchema = z.strictObject({
  seekerIds: z.array(IdSchema).min(1).max(MAX_TRANSFER_BULK_MEMBERS),
});
export type AddTransferMembersRequest = z.infer<typeof AddTransferMembersRequestSchema>;

/** `added` new members; `duplicates` were already listed (or named twice in the request). */
export const AddTransferMembersResponseSchema = z.object({ added: z.number().int(), duplicates: z.number().int() });
export type AddTransferMembersResponse = z.infer<typeof AddTransferMembersResponseSchema>;

/**
 * People the organisation may add from its hired lists: in its jurisdiction, with a HIRED
 * intent or an ACTIVE/STABLE placement, not yet on this transfer (masked).
 */
export const TransferCandidatesResponseSchema = z.object({ candidates: z.array(TransferSeekerSchema) });
export type TransferCandidatesResponse = z.infer<typeof TransferCandidatesResponseSchema>;

/** A member answer: `duplicate` on a repeat (already listed, a replayed boarding). */
export const TransferMemberResponseSchema = z.object({
  member: z.object({ seekerId: IdSchema, state: TransferMemberStateSchema }),
  duplicate: z.boolean(),
});
export type TransferMemberResponse = z.infer<typeof TransferMemberResponseSchema>;

/** Exactly one of seekerId, idNumber or badgeToken, as at the fair desk; replays keep clientRequestId. */
export const BoardingRequestSchema = z
  .strictObject({
    seekerId: IdSchema.optional(),
    idNumber: IdNumberSchema.optional(),
    badgeToken: BadgeTokenSchema.optional(),
    clientRequestId: ClientRequestIdSchema,
    scannedAt: InstantSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const given = [value.seekerId, value.idNumber, value.badgeToken].filter((v) => v !== undefined).length;
    if (given !== 1) ctx.addIssue({ code: "custom", path: [], message: "须且只能提供 seekerId、idNumber、badgeToken 之一" });
  });
export type BoardingRequest = z.infer<typeof BoardingRequestSchema>;

export const ArrivalRequestSchema = z.strictObject({ seekerId: IdSchema, arrivedOn: DateOnlySchema.optional() });
export type ArrivalRequest = z.infer<typeof ArrivalRequestSchema>;

export const TransferExceptionRequestSchema = z.strictObject({
  seekerId: IdSchema,
  reason: TransferExceptionReasonSchema,
  note: z.string().trim().min(1).max(200).optional(),
});
export type TransferExceptionRequest = z.infer<typeof TransferExceptionRequestSchema>;

export const TransferManifestQuerySchema = z.strictObject({ format: z.enum(["csv", "xlsx"]).default("csv") });
export type TransferManifestQuery = z.infer<typeof TransferManifestQuerySchema>;

/** Socket.IO room per transfer: counts after every change. */
export const TransferCountsEventSchema = z.strictObject({ transferId: IdSchema, counts: TransferCountsSchema, at: InstantSchema });
export type TransferCountsEvent = z.infer<typeof TransferCountsEventSchema>;
