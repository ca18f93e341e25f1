// Self-service for job seekers (role SEEKER): pre-registration for a fair with a one-time
// code, then the seeker's own phone view under /api/me. ID and phone numbers go in only.
import { z } from "zod";
import { IdSchema, InstantSchema } from "./common.ts";
import { FairStatusSchema } from "./fairs.ts";
import { IntentStatusSchema } from "./intents.ts";
import { PositionHitSchema } from "./search.ts";
import { BadgeTokenSchema, CreateSeekerRequestSchema, SeekerSchema } from "./seekers.ts";

/** Digits in a one-time code. */
export const VERIFICATION_CODE_LENGTH = 6;

export const PublicRegistrationRequestSchema = CreateSeekerRequestSchema.pick({
  name: true,
  idNumber: true,
  phone: true,
  householdCode: true,
  preferredCities: true,
  jobFamilies: true,
  expectedWageMin: true,
  consent: true,
});
export type PublicRegistrationRequest = z.infer<typeof PublicRegistrationRequestSchema>;

/**
 * `202` for every well-formed registration, known person or not (no enumeration).
 * `phoneMasked` echoes the caller's own input so the page can say where the code went.
 */
export const RegistrationAcceptedSchema = z.object({
  verificationId: IdSchema,
  expiresAt: InstantSchema,
  phoneMasked: z.string(),
});
export type RegistrationAccepted = z.infer<typeof RegistrationAcceptedSchema>;

export const VerifyCodeRequestSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(new RegExp(`^\\d{${VERIFICATION_CODE_LENGTH}}$`), `验证码为${VERIFICATION_CODE_LENGTH}位数字`),
});
export type VerifyCodeRequest = z.infer<typeof VerifyCodeRequestSchema>;

/** A fair the seeker registered for, from the seeker's own point of view. */
export const MyFairSchema = z.object({
  fairId: IdSchema,
  title: z.string(),
  venue: z.string(),
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  status: FairStatusSchema,
  registeredAt: InstantSchema,
  /** When the desk checked this person in at the fair, or null. */
  checkedInAt: InstantSchema.nullable(),
});
export type MyFair = z.infer<typeof MyFairSchema>;

export const MySeekerResponseSchema = z.object({ seeker: SeekerSchema, fairs: z.array(MyFairSchema) });
export type MySeekerResponse = z.infer<typeof MySeekerResponseSchema>;

/** The QR badge of the signed-in seeker: only the opaque token and the name on the card. */
export const MyBadgeResponseSchema = z.object({ token: BadgeTokenSchema, name: z.string() });
export type MyBadgeResponse = z.infer<typeof MyBadgeResponseSchema>;

export const MyMatchSchema = z.object({
  positionId: IdSchema,
  score: z.number().int(),
  reasons: z.array(z.string()),
  position: PositionHitSchema,
});
export type MyMatch = z.infer<typeof MyMatchSchema>;
export const MyMatchesResponseSchema = z.object({ matches: z.array(MyMatchSchema) });
export type MyMatchesResponse = z.infer<typeof MyMatchesResponseSchema>;

export const MyInterestRequestSchema = z.strictObject({ positionId: IdSchema, fairId: IdSchema.optional() });
export type MyInterestRequest = z.infer<typeof MyInterestRequestSchema>;

/** An intent as its seeker sees it: no seeker block, the position in words. */
export const MyIntentSchema = z.object({
  id: IdSchema,
  positionId: IdSchema,
  fairId: IdSchema.nullable(),
  status: IntentStatusSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  position: z.object({ title: z.string(), employerName: z.string(), city: z.string() }),
});
export type MyIntent = z.infer<typeof MyIntentSchema>;
export const MyInterestResponseSchema = z.object({ intent: MyIntentSchema, duplicate: z.boolean() });
export type MyInterestResponse = z.infer<typeof MyInterestResponseSchema>;
export const MyIntentsResponseSchema = z.object({ intents: z.array(MyIntentSchema) });
export type MyIntentsResponse = z.infer<typeof MyIntentsResponseSchema>;

/** Pre-registrations of a fair for the desk (ADMIN, STAFF), masked. */
export const RegistrationStateSchema = z.enum(["UNCONFIRMED", "CONFIRMED", "ALL"]);
export const RegistrationListQuerySchema = z.strictObject({
  state: RegistrationStateSchema.default("UNCONFIRMED"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type RegistrationListQuery = z.infer<typeof RegistrationListQuerySchema>;

export const RegistrationSchema = z.object({
  id: IdSchema,
  fairId: IdSchema,
  name: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  createdAt: InstantSchema,
  codeExpiresAt: InstantSchema,
  confirmedAt: InstantSchema.nullable(),
  seekerId: IdSchema.nullable(),
  /** Why the desk should look at it (e.g. the phone differs from the registry's), or null. */
  reviewNote: z.string().nullable(),
});
export type Registration = z.infer<typeof RegistrationSchema>;
export const RegistrationListResponseSchema = z.object({ registrations: z.array(RegistrationSchema), total: z.number().int() });
export type RegistrationListResponse = z.infer<typeof RegistrationListResponseSchema>;
/** The desk confirms a pre-registration in person (ID card seen): the seeker is created or linked. */
export const ConfirmRegistrationResponseSchema = z.object({ registration: RegistrationSchema, seeker: SeekerSchema });
export type ConfirmRegistrationResponse = z.infer<typeof ConfirmRegistrationResponseSchema>;
