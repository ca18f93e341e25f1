import { z } from "zod";
import { IdSchema, RegionCodeSchema } from "./common.ts";
import { CreditCodeSchema } from "./validators/credit-code.ts";
import { PhoneSchema } from "./validators/phone.ts";

export const EmployerKindSchema = z.enum(["SOE", "PRIVATE", "FOREIGN", "PUBLIC", "OTHER"]);
export type EmployerKind = z.infer<typeof EmployerKindSchema>;

export const EmployerSchema = z.object({
  id: IdSchema,
  name: z.string(),
  shortName: z.string().nullable(),
  creditCode: z.string(),
  kind: EmployerKindSchema,
  regionCode: z.string(),
  city: z.string(),
  /** The contact phone for monthly reminders, masked; never answered in full. */
  contactPhoneMasked: z.string().nullable().optional(),
});
export type Employer = z.infer<typeof EmployerSchema>;

export const EmployerResponseSchema = z.object({ employer: EmployerSchema });
export const EmployerListResponseSchema = z.object({ employers: z.array(EmployerSchema), total: z.number().int() });
export type EmployerListResponse = z.infer<typeof EmployerListResponseSchema>;

export const EmployerListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type EmployerListQuery = z.infer<typeof EmployerListQuerySchema>;

const EmployerNameSchema = z.string().trim().min(2, "企业名称至少2个字").max(100);
const EmployerShortNameSchema = z.string().trim().min(1).max(30);
const CitySchema = z.string().trim().min(1, "请填写城市").max(40);

export const CreateEmployerRequestSchema = z.strictObject({
  name: EmployerNameSchema,
  shortName: EmployerShortNameSchema.optional(),
  creditCode: CreditCodeSchema,
  kind: EmployerKindSchema,
  regionCode: RegionCodeSchema,
  city: CitySchema,
  contactPhone: PhoneSchema.optional(),
});
export type CreateEmployerRequest = z.infer<typeof CreateEmployerRequestSchema>;

/** Every field optional; `shortName: null` clears it. At least one field. */
export const UpdateEmployerRequestSchema = z
  .strictObject({
    name: EmployerNameSchema.optional(),
    shortName: EmployerShortNameSchema.nullable().optional(),
    creditCode: CreditCodeSchema.optional(),
    kind: EmployerKindSchema.optional(),
    regionCode: RegionCodeSchema.optional(),
    city: CitySchema.optional(),
    /** `null` removes the contact phone. */
    contactPhone: PhoneSchema.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "至少修改一项" });
export type UpdateEmployerRequest = z.infer<typeof UpdateEmployerRequestSchema>;
