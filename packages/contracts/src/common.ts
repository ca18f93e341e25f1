import { z } from "zod";

export const IdSchema = z.uuid({ message: "无效的编号" });
export const IdParamsSchema = z.strictObject({ id: IdSchema });

/** ISO 8601 instant with an offset, e.g. 2017-05-20T09:00:00+08:00. */
export const InstantSchema = z.iso.datetime({ offset: true, message: "时间格式应为 ISO 8601（带时区）" });
export const DateOnlySchema = z.iso.date({ message: "日期格式应为 YYYY-MM-DD" });
export const RegionCodeSchema = z.string().regex(/^\d{6}$/, "行政区划代码应为6位数字");

export const RoleSchema = z.enum(["ADMIN", "STAFF", "EMPLOYER", "SEEKER"]);
export type Role = z.infer<typeof RoleSchema>;

export const PovertyStatusSchema = z.enum(["REGISTERED_POOR", "LIFTED", "MONITORED", "NONE"]);
export type PovertyStatus = z.infer<typeof PovertyStatusSchema>;

/** Why search is "degraded": Meilisearch does not answer, or an index is still being filled. */
export const SearchDegradedReasonSchema = z.enum(["unreachable", "rebuilding"]);

export const HealthResponseSchema = z.object({
  status: z.literal("ok"),
  db: z.literal("ok"),
  search: z.enum(["ok", "degraded"]),
  /** Present exactly when search is "degraded". */
  searchReason: SearchDegradedReasonSchema.optional(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
