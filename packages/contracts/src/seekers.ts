import { z } from "zod";
import { DateOnlySchema, IdSchema, InstantSchema, PovertyStatusSchema, RegionCodeSchema } from "./common.ts";
import { HouseholdCodeSchema } from "./households.ts";
import { JobFamiliesSchema } from "./job-families.ts";
import { IdNumberSchema } from "./validators/id-number.ts";
import { PhoneSchema } from "./validators/phone.ts";

export const GenderSchema = z.enum(["MALE", "FEMALE"]);

const ShortTextList = (max: number, label: string) =>
  z.array(z.string().trim().min(1, `${label}不能为空`).max(30, `${label}过长`)).max(max, `${label}最多${max}项`);

export const CreateSeekerRequestSchema = z.strictObject({
  name: z.string().trim().min(1, "请输入姓名").max(40, "姓名过长"),
  idNumber: IdNumberSchema,
  phone: PhoneSchema,
  householdCode: HouseholdCodeSchema.optional(),
  /** Where the person comes from when no household is linked (default: the ID number's first six digits). */
  homeRegionCode: RegionCodeSchema.optional(),
  /** e.g. 小学 / 初中 / 高中 / 中专 / 大专 / 本科. */
  education: z.string().trim().min(1).max(20).optional(),
  skills: ShortTextList(20, "技能").optional(),
  preferredCities: ShortTextList(10, "意向城市").optional(),
  /** What work the person wants: words of the job-family dictionary (JOB_FAMILY_NAMES). */
  jobFamilies: JobFamiliesSchema.optional(),
  expectedWageMin: z.number().int("期望月薪应为整数").min(0).max(100_000).optional(),
  needsLodging: z.boolean().optional(),
  consent: z.literal(true, { message: "须经本人同意方可登记个人信息" }),
});
export type CreateSeekerRequest = z.infer<typeof CreateSeekerRequestSchema>;

export const SeekerHouseholdSchema = z.object({ code: z.string(), povertyStatus: PovertyStatusSchema });

/** The only shape of a seeker that leaves the API: ID and phone numbers are masked. */
export const SeekerSchema = z.object({
  id: IdSchema,
  name: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  gender: GenderSchema,
  birthDate: DateOnlySchema,
  household: SeekerHouseholdSchema.nullable(),
  /** The household's region when linked, else the one given on creation, else the ID number's first six digits. */
  homeRegionCode: z.string(),
  education: z.string().nullable(),
  skills: z.array(z.string()),
  preferredCities: z.array(z.string()),
  /** What work the person wants (想做什么工作), in the dictionary's words. */
  jobFamilies: z.array(z.string()),
  expectedWageMin: z.number().int().nullable(),
  needsLodging: z.boolean(),
  createdAt: InstantSchema,
});
export type Seeker = z.infer<typeof SeekerSchema>;

export const SeekerResponseSchema = z.object({ seeker: SeekerSchema });
export type SeekerResponse = z.infer<typeof SeekerResponseSchema>;

export const SeekerListQuerySchema = z.strictObject({
  /** Part of the name (never an ID or phone number: those go in a POST body to /seekers/lookup). */
  q: z.string().trim().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export type SeekerListQuery = z.infer<typeof SeekerListQuerySchema>;
export const SeekerListResponseSchema = z.object({ seekers: z.array(SeekerSchema), total: z.number().int() });
export type SeekerListResponse = z.infer<typeof SeekerListResponseSchema>;

export const SeekerLookupRequestSchema = z.strictObject({ idNumber: IdNumberSchema });
export type SeekerLookupRequest = z.infer<typeof SeekerLookupRequestSchema>;

export const UnmaskRequestSchema = z.strictObject({
  reason: z.string().trim().min(4, "请说明查看原因（至少4个字）").max(200, "原因过长"),
});
export type UnmaskRequest = z.infer<typeof UnmaskRequestSchema>;
/** ADMIN only, audited; served with Cache-Control: no-store. */
export const UnmaskResponseSchema = z.object({ idNumber: z.string(), phone: z.string() });
export type UnmaskResponse = z.infer<typeof UnmaskResponseSchema>;

/**
 * QR badge token: opaque, signed, no personal data. 44 base64url characters
 * (version byte, seeker UUID, truncated HMAC-SHA-256 tag). Clients only store and send it.
 */
export const BadgeTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{44}$/, "二维码胸牌无效");
export type BadgeToken = z.infer<typeof BadgeTokenSchema>;

export const BadgeSeekerSchema = z.object({ id: IdSchema, name: z.string(), idNumberMasked: z.string() });
export const BadgeResponseSchema = z.object({ token: BadgeTokenSchema, seeker: BadgeSeekerSchema });
export type BadgeResponse = z.infer<typeof BadgeResponseSchema>;

export const ResolveBadgeRequestSchema = z.strictObject({ token: BadgeTokenSchema });
export type ResolveBadgeRequest = z.infer<typeof ResolveBadgeRequestSchema>;

/** Badges for a printed sheet (several per A4 page); unknown ids are left out. */
export const BadgeBatchRequestSchema = z.strictObject({
  seekerIds: z.array(IdSchema).min(1).max(200, "一次最多200个胸牌"),
});
export type BadgeBatchRequest = z.infer<typeof BadgeBatchRequestSchema>;
export const BadgeBatchResponseSchema = z.object({ badges: z.array(BadgeResponseSchema) });
export type BadgeBatchResponse = z.infer<typeof BadgeBatchResponseSchema>;
