import { z } from "zod";
import { IdSchema, InstantSchema, type PovertyStatus, PovertyStatusSchema, RegionCodeSchema } from "./common.ts";
import { STAFF_LABELS } from "./labels.ts";

/** Multipart uploads of the registry may be this large; bigger → 413. */
export const HOUSEHOLD_IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Multipart field that carries the file. */
export const HOUSEHOLD_IMPORT_FIELD = "file";
/** Optional request header (a UUID chosen by the client) under which progress is published. */
export const IMPORT_ID_HEADER = "X-Import-Id";
/** Columns of the registry file, in this order in the header row (header names are matched, not positions). */
export const HOUSEHOLD_IMPORT_COLUMNS = [
  "householdCode",
  "regionCode",
  "township",
  "village",
  "povertyStatus",
  "labourCapableMembers",
] as const;
export type HouseholdImportColumn = (typeof HOUSEHOLD_IMPORT_COLUMNS)[number];

/**
 * Header words of each column, as county offices write them. The first is the one the
 * template and the web page use (and the label of a rejected row's reason); the column's
 * English name is accepted too. Import matching ignores spaces, full-width forms and case.
 */
export const HOUSEHOLD_IMPORT_HEADERS: Record<HouseholdImportColumn, readonly [string, ...string[]]> = {
  householdCode: ["户编号", "户码", "户编码"],
  regionCode: ["行政区划代码", "区划代码"],
  township: ["乡镇", "乡（镇）", "乡镇（街道）"],
  village: ["村", "行政村", "村（社区）"],
  povertyStatus: ["家庭类别", "户类型", "贫困状态"],
  labourCapableMembers: ["有劳动力人数", "劳动力人数", "有劳动能力人数"],
};

/** Words for each household category; the first is the staff's label (the pages, the template, the reports). */
export const POVERTY_STATUS_WORDS: Record<PovertyStatus, readonly [string, ...string[]]> = {
  REGISTERED_POOR: [STAFF_LABELS.povertyStatus.REGISTERED_POOR, "建档立卡贫困户"],
  LIFTED: [STAFF_LABELS.povertyStatus.LIFTED],
  MONITORED: [STAFF_LABELS.povertyStatus.MONITORED, "监测户"],
  NONE: [STAFF_LABELS.povertyStatus.NONE, "无"],
};

/**
 * Template rows whose household code starts with this are examples: the import skips them,
 * so a template sent back with its examples still in place adds no made-up household.
 */
export const HOUSEHOLD_TEMPLATE_EXAMPLE_PREFIX = "示例";

export const HouseholdTemplateQuerySchema = z.strictObject({ format: z.enum(["csv", "xlsx"]).default("csv") });
export type HouseholdTemplateQuery = z.infer<typeof HouseholdTemplateQuerySchema>;

/** At most this many rejected rows are listed; `rejectedCount` always has the exact number. */
export const HOUSEHOLD_IMPORT_MAX_LISTED_REJECTS = 1000;

export const HouseholdCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{4,40}$/, "户编号应为4–40位数字、字母或横线");

/** One data row of the registry file (cells as text, after aliases are mapped); checked by the server per row. */
export const HouseholdImportRowSchema = z.strictObject({
  householdCode: HouseholdCodeSchema,
  regionCode: RegionCodeSchema,
  township: z.string().trim().min(1, "乡镇不能为空").max(60, "乡镇名称过长"),
  village: z.string().trim().min(1, "村不能为空").max(60, "村名称过长"),
  povertyStatus: z.enum(PovertyStatusSchema.options, { message: "家庭类别应为建档立卡户、脱贫户、防返贫监测户或一般户" }),
  labourCapableMembers: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, "有劳动力人数应为0–30的整数")
    .transform(Number)
    .pipe(z.number().max(30, "有劳动力人数应为0–30的整数")),
});
export type HouseholdImportRow = z.output<typeof HouseholdImportRowSchema>;

/** `row` is the spreadsheet row number: the header is row 1, the first data row is row 2. */
export const ImportRejectSchema = z.object({ row: z.number().int().min(1), reason: z.string() });
export type ImportReject = z.infer<typeof ImportRejectSchema>;

export const HouseholdImportResultSchema = z.object({
  /** New households. */
  imported: z.number().int(),
  /** Existing households whose values changed. */
  updated: z.number().int(),
  /** Valid rows identical to what is stored. */
  unchanged: z.number().int(),
  /** First HOUSEHOLD_IMPORT_MAX_LISTED_REJECTS rejected rows, with reasons in Chinese. */
  rejected: z.array(ImportRejectSchema),
  rejectedCount: z.number().int(),
  totalRows: z.number().int(),
});
export type HouseholdImportResult = z.infer<typeof HouseholdImportResultSchema>;

export const ImportStatusSchema = z.enum(["RUNNING", "DONE", "FAILED"]);
export type ImportStatus = z.infer<typeof ImportStatusSchema>;

export const ImportIdParamsSchema = z.strictObject({ importId: IdSchema });

export const ImportProgressSchema = z.object({
  importId: IdSchema,
  status: ImportStatusSchema,
  processedRows: z.number().int(),
  /** Known once the whole file has been read. */
  totalRows: z.number().int().nullable(),
  updatedAt: InstantSchema,
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;
export const ImportProgressResponseSchema = z.object({ progress: ImportProgressSchema });
export type ImportProgressResponse = z.infer<typeof ImportProgressResponseSchema>;

export const HouseholdSchema = z.object({
  id: IdSchema,
  code: z.string(),
  regionCode: z.string(),
  township: z.string(),
  village: z.string(),
  povertyStatus: PovertyStatusSchema,
  labourCapableMembers: z.number().int(),
  updatedAt: InstantSchema,
});
export type Household = z.infer<typeof HouseholdSchema>;

export const HouseholdListQuerySchema = z.strictObject({
  regionCode: RegionCodeSchema.optional(),
  /** Prefix of the household code. */
  code: z.string().trim().min(1).max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type HouseholdListQuery = z.infer<typeof HouseholdListQuerySchema>;

export const HouseholdListResponseSchema = z.object({ households: z.array(HouseholdSchema), total: z.number().int() });
export type HouseholdListResponse = z.infer<typeof HouseholdListResponseSchema>;
