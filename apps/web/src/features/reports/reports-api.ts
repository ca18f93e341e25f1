import {
  type CooperationFigures,
  type CooperationQuery,
  CooperationResponseSchema,
  type CoverageResponse,
  CoverageResponseSchema,
  type FairReportResponse,
  FairReportResponseSchema,
  type PovertyStatus,
  type ZeroEmploymentResponse,
  ZeroEmploymentResponseSchema,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

export interface CoverageFilter {
  regionCode: string;
  township: string;
  withVillages: boolean;
}

export function buildCoverageQuery(filter: CoverageFilter): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.regionCode) query.set("regionCode", filter.regionCode);
  if (filter.township) query.set("township", filter.township);
  if (filter.withVillages) query.set("groupBy", "village");
  return query;
}

export function getCoverage(filter: CoverageFilter, signal?: AbortSignal): Promise<CoverageResponse> {
  return requestJson(`/api/reports/coverage?${buildCoverageQuery(filter)}`, CoverageResponseSchema, {
    signal,
    errorMessages: { VALIDATION_FAILED: "行政区划代码应为6位数字" },
  });
}

export interface ZeroEmploymentFilter {
  regionCode: string;
  township: string;
  village: string;
  povertyStatuses: readonly PovertyStatus[];
}

/** The list's query; the same filters build the export links, so a download holds what is shown. */
export function buildZeroEmploymentQuery(filter: ZeroEmploymentFilter, extra: Record<string, string> = {}): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.regionCode) query.set("regionCode", filter.regionCode);
  if (filter.township) query.set("township", filter.township);
  if (filter.village) query.set("village", filter.village);
  if (filter.povertyStatuses.length > 0) query.set("povertyStatus", filter.povertyStatuses.join(","));
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  return query;
}

export const ZERO_EMPLOYMENT_PAGE_SIZE = 50;

export function listZeroEmployment(filter: ZeroEmploymentFilter, offset: number, signal?: AbortSignal): Promise<ZeroEmploymentResponse> {
  const query = buildZeroEmploymentQuery(filter, { limit: String(ZERO_EMPLOYMENT_PAGE_SIZE), offset: String(offset) });
  return requestJson(`/api/reports/zero-employment?${query}`, ZeroEmploymentResponseSchema, { signal });
}

export function getZeroEmploymentExportUrl(filter: ZeroEmploymentFilter, format: "csv" | "xlsx"): string {
  return `/api/reports/zero-employment?${buildZeroEmploymentQuery(filter, { format })}`;
}

export function getFairReport(fairId: string, signal?: AbortSignal): Promise<FairReportResponse> {
  return requestJson(`/api/reports/fairs/${encodeURIComponent(fairId)}`, FairReportResponseSchema, { signal });
}

export function getFairReportUrl(fairId: string, format: "csv" | "xlsx"): string {
  return `/api/reports/fairs/${encodeURIComponent(fairId)}?format=${format}`;
}

/** 劳务协作: a 404 means neither region lies in the bureau's jurisdiction. */
export const COOPERATION_OUT_OF_JURISDICTION = "所选地区不在本机构辖区内";

export async function getCooperation(query: CooperationQuery, signal?: AbortSignal): Promise<CooperationFigures> {
  const params = new URLSearchParams({
    exportingRegionCode: query.exportingRegionCode,
    importingRegionCode: query.importingRegionCode,
    from: query.from,
    to: query.to,
  });
  const { cooperation } = await requestJson(`/api/reports/cooperation?${params}`, CooperationResponseSchema, {
    signal,
    errorMessages: { NOT_FOUND: COOPERATION_OUT_OF_JURISDICTION, VALIDATION_FAILED: "地区或日期有误，请检查后重试" },
  });
  return cooperation;
}
