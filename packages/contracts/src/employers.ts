import { z } from "zod";
import { IdSchema } from "./common.ts";

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
