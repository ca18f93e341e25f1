import { z } from "zod";
import { IdSchema, InstantSchema } from "./common.ts";
import { EmployerKindSchema } from "./employers.ts";

export const PositionStatusSchema = z.enum(["OPEN", "CLOSED"]);
export type PositionStatus = z.infer<typeof PositionStatusSchema>;

export const GenderRequirementSchema = z.enum(["ANY", "MALE", "FEMALE"]);
export type GenderRequirement = z.infer<typeof GenderRequirementSchema>;

export const POSITION_AGE_MIN = 16;
export const POSITION_AGE_MAX = 70;
export const POSITION_TAGS_MAX = 10;
export const POSITION_FAIRS_MAX = 20;

const AgeSchema = z
  .number()
  .int()
  .min(POSITION_AGE_MIN, `年龄不低于${POSITION_AGE_MIN}岁`)
  .max(POSITION_AGE_MAX, `年龄不高于${POSITION_AGE_MAX}岁`);
/** Whole CNY a month. */
const WageSchema = z.number().int().min(0).max(1_000_000);

const fields = {
  title: z.string().trim().min(2, "岗位名称至少2个字").max(60),
  description: z.string().trim().min(1, "请填写岗位说明").max(4000),
  openings: z.number().int().min(1, "招聘人数至少为1").max(100_000),
  wageMin: WageSchema,
  wageMax: WageSchema,
  city: z.string().trim().min(1, "请填写工作城市").max(40),
  foodProvided: z.boolean(),
  lodgingProvided: z.boolean(),
  ageMin: AgeSchema,
  ageMax: AgeSchema,
  gender: GenderRequirementSchema,
  tags: z.array(z.string().trim().min(1).max(20)).max(POSITION_TAGS_MAX, `标签最多${POSITION_TAGS_MAX}个`),
  fairIds: z
    .array(IdSchema)
    .max(POSITION_FAIRS_MAX)
    .refine((ids) => new Set(ids).size === ids.length, "招聘会不能重复"),
};

interface Ranges {
  wageMin?: number;
  wageMax?: number;
  ageMin?: number | null;
  ageMax?: number | null;
}

/** wageMin ≤ wageMax and ageMin ≤ ageMax, reported on the upper bound. Shared with the API's merged-value check. */
export function findPositionRangeIssues(v: Ranges): { path: ["wageMax"] | ["ageMax"]; message: string }[] {
  const issues: { path: ["wageMax"] | ["ageMax"]; message: string }[] = [];
  if (v.wageMin !== undefined && v.wageMax !== undefined && v.wageMin > v.wageMax) {
    issues.push({ path: ["wageMax"], message: "最高工资不能低于最低工资" });
  }
  if (v.ageMin != null && v.ageMax != null && v.ageMin > v.ageMax) {
    issues.push({ path: ["ageMax"], message: "最大年龄不能小于最小年龄" });
  }
  return issues;
}

function checkRanges(v: Ranges, ctx: z.RefinementCtx): void {
  for (const issue of findPositionRangeIssues(v)) ctx.addIssue({ code: "custom", ...issue });
}

export const CreatePositionRequestSchema = z
  .strictObject({
    /** Absent for an EMPLOYER (its own employer); required for an ADMIN. */
    employerId: IdSchema.optional(),
    title: fields.title,
    description: fields.description,
    openings: fields.openings,
    wageMin: fields.wageMin,
    wageMax: fields.wageMax,
    city: fields.city,
    foodProvided: fields.foodProvided,
    lodgingProvided: fields.lodgingProvided,
    ageMin: fields.ageMin.optional(),
    ageMax: fields.ageMax.optional(),
    gender: fields.gender.default("ANY"),
    tags: fields.tags.default([]),
    fairIds: fields.fairIds.default([]),
  })
  .superRefine(checkRanges);
export type CreatePositionRequest = z.infer<typeof CreatePositionRequestSchema>;
export type CreatePositionInput = z.input<typeof CreatePositionRequestSchema>;

/** Any subset; `ageMin`/`ageMax: null` removes the limit; `fairIds` replaces the fair links. */
export const UpdatePositionRequestSchema = z
  .strictObject({
    title: fields.title.optional(),
    description: fields.description.optional(),
    openings: fields.openings.optional(),
    wageMin: fields.wageMin.optional(),
    wageMax: fields.wageMax.optional(),
    city: fields.city.optional(),
    foodProvided: fields.foodProvided.optional(),
    lodgingProvided: fields.lodgingProvided.optional(),
    ageMin: fields.ageMin.nullable().optional(),
    ageMax: fields.ageMax.nullable().optional(),
    gender: fields.gender.optional(),
    tags: fields.tags.optional(),
    fairIds: fields.fairIds.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "至少修改一项" })
  .superRefine(checkRanges);
export type UpdatePositionRequest = z.infer<typeof UpdatePositionRequestSchema>;

export const PositionEmployerSchema = z.object({
  id: IdSchema,
  name: z.string(),
  shortName: z.string().nullable(),
  kind: EmployerKindSchema,
  city: z.string(),
});

export const PositionSchema = z.object({
  id: IdSchema,
  employerId: IdSchema,
  employer: PositionEmployerSchema,
  title: z.string(),
  description: z.string(),
  openings: z.number().int(),
  wageMin: z.number().int(),
  wageMax: z.number().int(),
  city: z.string(),
  foodProvided: z.boolean(),
  lodgingProvided: z.boolean(),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
  gender: GenderRequirementSchema,
  tags: z.array(z.string()),
  status: PositionStatusSchema,
  fairIds: z.array(IdSchema),
  closedAt: InstantSchema.nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type Position = z.infer<typeof PositionSchema>;

export const PositionResponseSchema = z.object({ position: PositionSchema });
export type PositionResponse = z.infer<typeof PositionResponseSchema>;
export const PositionListResponseSchema = z.object({ positions: z.array(PositionSchema), total: z.number().int() });
export type PositionListResponse = z.infer<typeof PositionListResponseSchema>;

/** Management list (signed-in staff, admins, employers): newest first. */
export const PositionListQuerySchema = z.strictObject({
  employerId: IdSchema.optional(),
  fairId: IdSchema.optional(),
  status: PositionStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PositionListQuery = z.infer<typeof PositionListQuerySchema>;
