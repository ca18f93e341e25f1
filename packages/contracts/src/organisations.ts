import { z } from "zod";
import { DateOnlySchema, IdSchema, RegionCodeSchema } from "./common.ts";
import { PovertyBreakdownSchema } from "./fairs.ts";
import { PhoneSchema } from "./validators/phone.ts";

/** A labour bureau (人社局) with its GB/T 2260 region. */
export const OrganisationSchema = z.object({
  id: IdSchema,
  name: z.string(),
  regionCode: z.string(),
  /** The duty phone that receives dropout alerts (返乡预警), masked; never answered in full. */
  alertPhoneMasked: z.string().nullable().optional(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const CreateOrganisationRequestSchema = z.strictObject({
  name: z.string().trim().min(2, "请输入机构名称").max(80, "机构名称过长"),
  regionCode: RegionCodeSchema,
  alertPhone: PhoneSchema.optional(),
});
export type CreateOrganisationRequest = z.infer<typeof CreateOrganisationRequestSchema>;

/** PATCH /api/organisations/:id: `alertPhone: null` removes the alert phone. */
export const UpdateOrganisationRequestSchema = z.strictObject({ alertPhone: PhoneSchema.nullable() });
export type UpdateOrganisationRequest = z.infer<typeof UpdateOrganisationRequestSchema>;

export const OrganisationResponseSchema = z.object({ organisation: OrganisationSchema });
export type OrganisationResponse = z.infer<typeof OrganisationResponseSchema>;
export const OrganisationListResponseSchema = z.object({ organisations: z.array(OrganisationSchema), total: z.number().int() });
export type OrganisationListResponse = z.infer<typeof OrganisationListResponseSchema>;

/** POST /api/fairs/:id/partners: a co-organising bureau that runs booths and sees the fair's figures. */
export const AddFairPartnerRequestSchema = z.strictObject({ organisationId: IdSchema });
export type AddFairPartnerRequest = z.infer<typeof AddFairPartnerRequestSchema>;

/**
 * The significant digits of a GB/T 2260 code: 430000 → "43" (a province holds every code
 * starting 43), 433100 → "4331" (a prefecture), 433126 → "433126" (a county alone).
 */
export function jurisdictionPrefix(regionCode: string): string {
  if (regionCode.endsWith("0000")) return regionCode.slice(0, 2);
  if (regionCode.endsWith("00")) return regionCode.slice(0, 4);
  return regionCode;
}

/** Whether `code` lies in the jurisdiction of a bureau of `regionCode`. */
export function inJurisdiction(code: string, regionCode: string): boolean {
  return code.startsWith(jurisdictionPrefix(regionCode));
}

// ---- The cooperation report (劳务协作成效) ----

export const CooperationQuerySchema = z
  .strictObject({
    exportingRegionCode: RegionCodeSchema,
    importingRegionCode: RegionCodeSchema,
    from: DateOnlySchema,
    to: DateOnlySchema,
  })
  .refine((q) => q.from <= q.to, { path: ["to"], message: "结束日期应不早于开始日期" });
export type CooperationQuery = z.infer<typeof CooperationQuerySchema>;

export const CooperationFiguresSchema = z.object({
  /** Distinct seekers homed in the exporting region with a placement started in [from, to] in the importing region. */
  transferred: z.number().int(),
  /** Of those, with an ACTIVE or STABLE placement there today. */
  employedNow: z.number().int(),
  /** Of those, with a STABLE placement there. */
  stable: z.number().int(),
  byPovertyStatus: PovertyBreakdownSchema,
});
export type CooperationFigures = z.infer<typeof CooperationFiguresSchema>;

export const CooperationResponseSchema = z.object({ cooperation: CooperationFiguresSchema });
export type CooperationResponse = z.infer<typeof CooperationResponseSchema>;
