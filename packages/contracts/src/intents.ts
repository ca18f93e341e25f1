import { z } from "zod";
import { IdSchema, InstantSchema, PovertyStatusSchema } from "./common.ts";
import { BadgeTokenSchema } from "./seekers.ts";
import { IdNumberSchema } from "./validators/id-number.ts";

export const IntentStatusSchema = z.enum(["INTENDED", "INTERVIEWED", "OFFERED", "HIRED", "DECLINED", "WITHDRAWN"]);
export type IntentStatus = z.infer<typeof IntentStatusSchema>;

/** The stages an intent moves forward through; skipping ahead is allowed (an on-the-spot hire). */
export const INTENT_PIPELINE = ["INTENDED", "INTERVIEWED", "OFFERED", "HIRED"] as const satisfies readonly IntentStatus[];
/** No move leaves these. */
export const FINAL_INTENT_STATUSES = ["HIRED", "DECLINED", "WITHDRAWN"] as const satisfies readonly IntentStatus[];

/**
 * The statuses an intent may move to from `from`: any later pipeline stage, or DECLINED /
 * WITHDRAWN from a non-final status. The web app uses it to show only the buttons that work.
 */
export function getAllowedIntentMoves(from: IntentStatus): IntentStatus[] {
  if ((FINAL_INTENT_STATUSES as readonly IntentStatus[]).includes(from)) return [];
  const stage = (INTENT_PIPELINE as readonly IntentStatus[]).indexOf(from);
  return [...INTENT_PIPELINE.slice(stage + 1), "DECLINED", "WITHDRAWN"];
}

export function isIntentMoveAllowed(from: IntentStatus, to: IntentStatus): boolean {
  return getAllowedIntentMoves(from).includes(to);
}

/**
 * A seeker as others may see them: masked numbers, age instead of birth date, and the
 * household's poverty status (null when the seeker has no household on record).
 */
export const SeekerBriefSchema = z.object({
  id: IdSchema,
  name: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  gender: z.enum(["MALE", "FEMALE"]),
  age: z.number().int(),
  povertyStatus: PovertyStatusSchema.nullable(),
});
export type SeekerBrief = z.infer<typeof SeekerBriefSchema>;

export const IntentSchema = z.object({
  id: IdSchema,
  seekerId: IdSchema,
  positionId: IdSchema,
  fairId: IdSchema.nullable(),
  status: IntentStatusSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  position: z.object({ id: IdSchema, title: z.string(), employerId: IdSchema, employerName: z.string() }),
  seeker: SeekerBriefSchema,
});
export type Intent = z.infer<typeof IntentSchema>;

/**
 * The seeker by id, by the QR badge they show at the booth (`badgeToken`, signed, so a
 * recruiter can only name people who showed their badge), or by the ID number typed from
 * the ID card of a person without a badge (`idNumber`): exactly one of the three.
 */
export const CreateIntentRequestSchema = z
  .strictObject({
    seekerId: IdSchema.optional(),
    badgeToken: BadgeTokenSchema.optional(),
    idNumber: IdNumberSchema.optional(),
    positionId: IdSchema,
    fairId: IdSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const given = [value.seekerId, value.badgeToken, value.idNumber].filter((v) => v !== undefined).length;
    if (given !== 1) {
      ctx.addIssue({ code: "custom", path: ["seekerId"], message: "须且只能提供 seekerId、badgeToken、idNumber 之一" });
    }
  });
export type CreateIntentRequest = z.infer<typeof CreateIntentRequestSchema>;

export const CreateIntentResponseSchema = z.object({ intent: IntentSchema, duplicate: z.boolean() });
export type CreateIntentResponse = z.infer<typeof CreateIntentResponseSchema>;

export const UpdateIntentRequestSchema = z.strictObject({
  status: z.enum(["INTERVIEWED", "OFFERED", "HIRED", "DECLINED", "WITHDRAWN"]),
});
export type UpdateIntentRequest = z.infer<typeof UpdateIntentRequestSchema>;

export const IntentResponseSchema = z.object({ intent: IntentSchema });
export type IntentResponse = z.infer<typeof IntentResponseSchema>;

export const IntentListQuerySchema = z.strictObject({
  fairId: IdSchema.optional(),
  positionId: IdSchema.optional(),
  seekerId: IdSchema.optional(),
  status: IntentStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type IntentListQuery = z.infer<typeof IntentListQuerySchema>;

export const IntentListResponseSchema = z.object({ intents: z.array(IntentSchema), total: z.number().int() });
export type IntentListResponse = z.infer<typeof IntentListResponseSchema>;
