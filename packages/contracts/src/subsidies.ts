import { z } from "zod";
import { DateOnlySchema, IdSchema, InstantSchema, PovertyStatusSchema } from "./common.ts";

// ---- Subsidies without application (免申即享) ----

export const SubsidyKindSchema = z.enum(["TRANSPORT", "EMPLOYER_RETENTION"]);
export type SubsidyKind = z.infer<typeof SubsidyKindSchema>;
export const SubsidyRosterStatusSchema = z.enum(["DRAFT", "PUBLISHED", "APPROVED"]);
export type SubsidyRosterStatus = z.infer<typeof SubsidyRosterStatusSchema>;

const Yuan = z.number().int().min(0).max(1_000_000);

export const TransportAmountsSchema = z.strictObject({ outOfProvince: Yuan, inProvince: Yuan });
export const RetentionAmountsSchema = z.strictObject({ perWorker: Yuan });
export const SubsidyAmountsSchema = z.union([TransportAmountsSchema, RetentionAmountsSchema]);
export type SubsidyAmounts = z.infer<typeof SubsidyAmountsSchema>;

/** POST /api/subsidy-rules: a county bureau's ADMIN; a platform ADMIN names the organisation. */
export const CreateSubsidyRuleRequestSchema = z
  .strictObject({
    name: z.string().trim().min(2, "请填写名称").max(120),
    kind: SubsidyKindSchema,
    year: z.number().int().min(2000).max(2100),
    minMonths: z.number().int().min(1).max(24),
    povertyStatuses: z.array(PovertyStatusSchema).min(1, "请选择家庭类别").max(4),
    amounts: SubsidyAmountsSchema,
    excludeOrganisedTransfer: z.boolean().optional(),
    organisationId: IdSchema.optional(),
  })
  .refine((r) => (r.kind === "TRANSPORT" ? "outOfProvince" in r.amounts : "perWorker" in r.amounts), {
    message: "补贴金额与补贴类型不符",
    path: ["amounts"],
  });
export type CreateSubsidyRuleRequest = z.infer<typeof CreateSubsidyRuleRequestSchema>;

export const SubsidyRuleSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  name: z.string(),
  kind: SubsidyKindSchema,
  year: z.number().int(),
  minMonths: z.number().int(),
  povertyStatuses: z.array(PovertyStatusSchema),
  amounts: SubsidyAmountsSchema,
  excludeOrganisedTransfer: z.boolean(),
  createdAt: InstantSchema,
});
export type SubsidyRule = z.infer<typeof SubsidyRuleSchema>;
export const SubsidyRuleResponseSchema = z.object({ rule: SubsidyRuleSchema });
export const SubsidyRuleListResponseSchema = z.object({ rules: z.array(SubsidyRuleSchema) });

export const CreateRosterRequestSchema = z.strictObject({ asOf: DateOnlySchema });
export type CreateRosterRequest = z.infer<typeof CreateRosterRequestSchema>;

export const SubsidyEntrySchema = z.object({
  id: IdSchema,
  seekerId: IdSchema.nullable(),
  employerId: IdSchema.nullable(),
  amount: z.number().int(),
  placementIds: z.array(IdSchema),
  /** The seeker's name masked (张*三, 李*) or the employer's name. */
  name: z.string(),
  township: z.string().nullable(),
  village: z.string().nullable(),
  /** The seeker's household category; null for an employer entry. */
  povertyStatus: PovertyStatusSchema.nullable(),
  withdrawnAt: InstantSchema.nullable(),
  withdrawReason: z.string().nullable(),
  paidOn: DateOnlySchema.nullable(),
  paymentReference: z.string().nullable(),
});
export type SubsidyEntry = z.infer<typeof SubsidyEntrySchema>;

export const SubsidyRosterSchema = z.object({
  id: IdSchema,
  ruleId: IdSchema,
  kind: SubsidyKindSchema,
  asOf: DateOnlySchema,
  status: SubsidyRosterStatusSchema,
  /** Sum of the entries not withdrawn (yuan). */
  total: z.number().int(),
  entries: z.array(SubsidyEntrySchema),
});
export type SubsidyRoster = z.infer<typeof SubsidyRosterSchema>;
export const SubsidyRosterResponseSchema = z.object({ roster: SubsidyRosterSchema });

/** GET /api/subsidy-rules/:id/rosters: a rule's rosters, newest first, without their entries. */
export const SubsidyRosterSummarySchema = z.object({
  id: IdSchema,
  ruleId: IdSchema,
  kind: SubsidyKindSchema,
  asOf: DateOnlySchema,
  status: SubsidyRosterStatusSchema,
  /** Entries not withdrawn, and the sum of their amounts (yuan). */
  count: z.number().int(),
  total: z.number().int(),
});
export type SubsidyRosterSummary = z.infer<typeof SubsidyRosterSummarySchema>;
export const SubsidyRosterListResponseSchema = z.object({ rosters: z.array(SubsidyRosterSummarySchema) });

export const RosterEntryParamsSchema = z.strictObject({ id: IdSchema, entryId: IdSchema });
export const WithdrawEntryRequestSchema = z.strictObject({ reason: z.string().trim().min(2, "请填写原因").max(200) });
export const RecordPaymentRequestSchema = z.strictObject({
  entryId: IdSchema,
  reference: z.string().trim().min(1, "请填写支付凭证号").max(100),
  paidOn: DateOnlySchema,
});
export type RecordPaymentRequest = z.infer<typeof RecordPaymentRequestSchema>;
export const RecordPaymentResponseSchema = z.object({ entry: SubsidyEntrySchema });

export const RosterNoticeQuerySchema = z.strictObject({ format: z.enum(["csv", "xlsx"]).default("csv") });
export type RosterNoticeQuery = z.infer<typeof RosterNoticeQuerySchema>;

/** GET /api/rosters/:id/payment-list: approved entries for finance, ID numbers masked. */
export const PaymentListItemSchema = z.object({
  entryId: IdSchema,
  /** The seeker's full name, or the employer's. */
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  amount: z.number().int(),
  paidOn: DateOnlySchema.nullable(),
  paymentReference: z.string().nullable(),
});
export type PaymentListItem = z.infer<typeof PaymentListItemSchema>;
export const PaymentListResponseSchema = z.object({ total: z.number().int(), items: z.array(PaymentListItemSchema) });
export type PaymentListResponse = z.infer<typeof PaymentListResponseSchema>;

/**
 * POST /api/rosters/:id/payment-list/unmask {reason}: the list with full ID numbers for the bank
 * (ADMIN; every seeker's unmask is written to the audit log with the reason, as seekers' unmask).
 */
export const PaymentListUnmaskResponseSchema = z.object({
  total: z.number().int(),
  items: z.array(PaymentListItemSchema.extend({ idNumber: z.string().nullable() })),
});
export type PaymentListUnmaskResponse = z.infer<typeof PaymentListUnmaskResponseSchema>;

/** GET /api/me/subsidies: what the signed-in seeker received or will receive. */
export const MySubsidySchema = z.object({
  entryId: IdSchema,
  ruleName: z.string(),
  kind: SubsidyKindSchema,
  year: z.number().int(),
  amount: z.number().int(),
  rosterStatus: SubsidyRosterStatusSchema,
  paidOn: DateOnlySchema.nullable(),
});
export type MySubsidy = z.infer<typeof MySubsidySchema>;
export const MySubsidiesResponseSchema = z.object({ subsidies: z.array(MySubsidySchema) });

/** 张*三, 李*: the middle of a name masked for a public notice. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join("");
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
