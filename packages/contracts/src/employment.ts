import { z } from "zod";
import { DateOnlySchema, IdSchema, InstantSchema, PovertyStatusSchema, RegionCodeSchema } from "./common.ts";

// ---- Employment ledger (实名制务工台账) ----

export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "月份格式应为 YYYY-MM");

export const EmploymentQuerySchema = z.strictObject({
  /** Default: the caller's own region (a platform user must name one). */
  regionCode: RegionCodeSchema.optional(),
  /** Default: this month in China. */
  month: MonthSchema.optional(),
  format: z.enum(["json", "xlsx"]).default("json"),
});
export type EmploymentQuery = z.infer<typeof EmploymentQuerySchema>;

export const EmploymentFiguresSchema = z.object({
  workers: z.number().int(),
  outOfProvince: z.number().int(),
  inProvince: z.number().int(),
  inCounty: z.number().int(),
  notEmployed: z.number().int(),
});
export type EmploymentFigures = z.infer<typeof EmploymentFiguresSchema>;

export const EmploymentRowSchema = EmploymentFiguresSchema.extend({ township: z.string(), regionCode: z.string().optional() });
export type EmploymentRow = z.infer<typeof EmploymentRowSchema>;

export const EmploymentResponseSchema = z.object({
  employment: EmploymentFiguresSchema,
  rows: z.array(EmploymentRowSchema),
  month: MonthSchema.optional(),
  regionCode: z.string().optional(),
});
export type EmploymentResponse = z.infer<typeof EmploymentResponseSchema>;

/** GET /api/reports/employment/history: the last 12 months for the chart (extra endpoint). */
export const EmploymentHistoryQuerySchema = z.strictObject({
  regionCode: RegionCodeSchema.optional(),
  months: z.coerce.number().int().min(1).max(24).default(12),
});
export const EmploymentHistoryResponseSchema = z.object({
  months: z.array(EmploymentFiguresSchema.extend({ month: MonthSchema })),
});
export type EmploymentHistoryResponse = z.infer<typeof EmploymentHistoryResponseSchema>;

// ---- Early warning (防返贫监测) ----

export const DropoutQuerySchema = z.strictObject({
  regionCode: RegionCodeSchema.optional(),
  days: z.coerce.number().int().min(1).max(365).default(30),
});
export type DropoutQuery = z.infer<typeof DropoutQuerySchema>;

export const DropoutAlertSchema = z.object({
  householdId: IdSchema,
  householdCode: z.string(),
  township: z.string(),
  village: z.string(),
  povertyStatus: PovertyStatusSchema,
  seekerId: IdSchema,
  endedOn: DateOnlySchema,
  /** The last home visit recorded against the household, if any. */
  lastVisitedOn: DateOnlySchema.nullable(),
});
export type DropoutAlert = z.infer<typeof DropoutAlertSchema>;

export const DropoutResponseSchema = z.object({ alerts: z.array(DropoutAlertSchema) });
export type DropoutResponse = z.infer<typeof DropoutResponseSchema>;

/** POST /api/households/:id/visits: a home visit (上门走访) noted against the household. */
export const CreateHouseholdVisitRequestSchema = z.strictObject({
  visitedOn: DateOnlySchema,
  note: z.string().trim().min(1, "请填写走访情况").max(500),
});
export type CreateHouseholdVisitRequest = z.infer<typeof CreateHouseholdVisitRequestSchema>;

export const HouseholdVisitSchema = z.object({
  id: IdSchema,
  householdId: IdSchema,
  visitedOn: DateOnlySchema,
  note: z.string(),
  createdAt: InstantSchema,
});
export type HouseholdVisit = z.infer<typeof HouseholdVisitSchema>;
export const HouseholdVisitResponseSchema = z.object({ visit: HouseholdVisitSchema });
export const HouseholdVisitListResponseSchema = z.object({ visits: z.array(HouseholdVisitSchema) });

// ---- Follow-ups in bulk ----

export const FollowUpImportResultSchema = z.object({
  recorded: z.number().int(),
  rejected: z.array(z.object({ row: z.number().int(), reason: z.string() })),
});
export type FollowUpImportResult = z.infer<typeof FollowUpImportResultSchema>;

/** Most rows one follow-up file may hold: each row is recorded like one POST …/followups. */
export const FOLLOW_UP_IMPORT_MAX_ROWS = 5000;
export const FOLLOW_UP_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export const FOLLOW_UP_IMPORT_COLUMNS = ["placementId", "idNumber", "checkedOn", "employed", "monthlyWage"] as const;
export type FollowUpImportColumn = (typeof FOLLOW_UP_IMPORT_COLUMNS)[number];

/** Header words of the follow-up file (the first is the label in messages); English column names work too. */
export const FOLLOW_UP_IMPORT_HEADERS: Record<FollowUpImportColumn, readonly [string, ...string[]]> = {
  placementId: ["就业记录编号", "就业编号", "记录编号"],
  idNumber: ["身份证号", "身份证号码", "公民身份号码"],
  checkedOn: ["回访日期", "核实日期", "日期"],
  employed: ["是否在岗", "在岗", "是否就业"],
  monthlyWage: ["月工资", "月收入", "工资"],
};

/** Answers of 是否在岗 read as "employed" / "not employed" (compared without spaces, any case). */
export const EMPLOYED_WORDS = {
  yes: ["是", "在岗", "在职", "Y", "YES", "TRUE", "1", "√"],
  no: ["否", "离岗", "不在岗", "未就业", "N", "NO", "FALSE", "0", "×"],
} as const;

// ---- Where a worker is employed (the ledger's buckets) ----

export const EMPLOYMENT_PLACES = ["outOfProvince", "inProvince", "inCounty", "notEmployed"] as const;
export type EmploymentPlace = (typeof EMPLOYMENT_PLACES)[number];

/** The county's words for the buckets, in the ledger, its file and the chart. */
export const EMPLOYMENT_PLACE_LABELS: Record<EmploymentPlace, string> = {
  outOfProvince: "省外",
  inProvince: "省内县外",
  inCounty: "县内",
  notEmployed: "未就业",
};
