import { z } from "zod";
import { IdSchema, PovertyStatusSchema, RegionCodeSchema } from "./common.ts";
import { FairSchema, FairStatsSchema } from "./fairs.ts";

export const ReportFormatSchema = z.enum(["json", "csv", "xlsx"]);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

// ---- Household coverage ----

export const CoverageFiguresSchema = z.object({
  households: z.number().int(),
  /** Households with labourCapableMembers > 0. */
  labourHouseholds: z.number().int(),
  /** Labour households with a member whose placement is ACTIVE or STABLE. */
  placedHouseholds: z.number().int(),
  /** Labour households with a member whose placement is STABLE. */
  stableHouseholds: z.number().int(),
  /** placedHouseholds / labourHouseholds, 0–1 (0 when there are no labour households). */
  placedRate: z.number(),
  /** stableHouseholds / labourHouseholds, 0–1 (0 when there are no labour households). */
  stableRate: z.number(),
});
export type CoverageFigures = z.infer<typeof CoverageFiguresSchema>;

export const CoverageRowSchema = CoverageFiguresSchema.extend({
  regionCode: z.string(),
  township: z.string(),
  /** Present on village rows only (`groupBy=village`). */
  village: z.string().optional(),
});
export type CoverageRow = z.infer<typeof CoverageRowSchema>;

export const CoverageQuerySchema = z.strictObject({
  /** A county code (433126) matches exactly; a prefecture (433100) or province (430000) code matches its counties. */
  regionCode: RegionCodeSchema.optional(),
  township: z.string().trim().min(1).max(60).optional(),
  /** `village` adds a row per village after each township row. */
  groupBy: z.enum(["township", "village"]).default("township"),
});
export type CoverageQuery = z.infer<typeof CoverageQuerySchema>;

export const CoverageResponseSchema = z.object({ coverage: CoverageFiguresSchema, rows: z.array(CoverageRowSchema) });
export type CoverageResponse = z.infer<typeof CoverageResponseSchema>;

// ---- Zero-employment households (零就业户) ----

/** Comma-separated list of poverty statuses, e.g. `REGISTERED_POOR,MONITORED`. */
const PovertyStatusListSchema = z
  .string()
  .transform((v) => v.split(",").map((s) => s.trim()))
  .pipe(z.array(PovertyStatusSchema).min(1));

export const ZeroEmploymentQuerySchema = z.strictObject({
  regionCode: RegionCodeSchema.optional(),
  township: z.string().trim().min(1).max(60).optional(),
  village: z.string().trim().min(1).max(60).optional(),
  povertyStatus: PovertyStatusListSchema.optional(),
  format: ReportFormatSchema.default("json"),
  /** JSON pages only; exports always hold every matching household. */
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ZeroEmploymentQuery = z.infer<typeof ZeroEmploymentQuerySchema>;

export const ZeroEmploymentHouseholdSchema = z.object({
  householdId: IdSchema,
  code: z.string(),
  regionCode: z.string(),
  township: z.string(),
  village: z.string(),
  povertyStatus: PovertyStatusSchema,
  labourCapableMembers: z.number().int(),
  /** Members registered as seekers on the platform. */
  registeredMembers: z.number().int(),
  /** Members with at least one intent (at any fair or outside one). */
  membersWithIntent: z.number().int(),
  /** Placements of members that have ENDED (the household was placed before). */
  endedPlacements: z.number().int(),
});
export type ZeroEmploymentHousehold = z.infer<typeof ZeroEmploymentHouseholdSchema>;

export const ZeroEmploymentResponseSchema = z.object({
  households: z.array(ZeroEmploymentHouseholdSchema),
  total: z.number().int(),
});
export type ZeroEmploymentResponse = z.infer<typeof ZeroEmploymentResponseSchema>;

// ---- Fair report ----

export const FairReportQuerySchema = z.strictObject({ format: ReportFormatSchema.default("json") });
export type FairReportQuery = z.infer<typeof FairReportQuerySchema>;

/**
 * Seekers at each step, each step a subset of the one before from `withIntent` on:
 * checkedIn (distinct check-ins) → withIntent (distinct seekers with an intent recorded at the
 * fair) → hired (… with such an intent in status HIRED) → onTheJob (hired seekers with an ACTIVE
 * or STABLE placement at the employer of a position they were hired for) → stable (… STABLE).
 */
export const FairFunnelSchema = z.object({
  checkedIn: z.number().int(),
  withIntent: z.number().int(),
  hired: z.number().int(),
  onTheJob: z.number().int(),
  stable: z.number().int(),
});
export type FairFunnel = z.infer<typeof FairFunnelSchema>;

export const FairReportRowSchema = z.object({
  employerId: IdSchema,
  employerName: z.string(),
  booth: z.string().nullable(),
  /** OPEN positions of the employer linked to the fair, and the sum of their openings. */
  positions: z.number().int(),
  openings: z.number().int(),
  intents: z.number().int(),
  seekersWithIntent: z.number().int(),
  hired: z.number().int(),
  /** Hired seekers now on the job (ACTIVE or STABLE placement) with this employer. */
  placed: z.number().int(),
  stable: z.number().int(),
});
export type FairReportRow = z.infer<typeof FairReportRowSchema>;

export const FairReportResponseSchema = z.object({
  fair: FairSchema,
  summary: FairStatsSchema,
  funnel: FairFunnelSchema,
  rows: z.array(FairReportRowSchema),
});
export type FairReportResponse = z.infer<typeof FairReportResponseSchema>;
