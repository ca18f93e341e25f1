import {
  type EmploymentHistoryResponse,
  EmploymentHistoryResponseSchema,
  type EmploymentResponse,
  EmploymentResponseSchema,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

export interface LedgerFilter {
  regionCode: string;
  /** `YYYY-MM`. */
  month: string;
}

const OUT_OF_JURISDICTION = "所选地区不在本机构辖区内";

function buildQuery(filter: Partial<LedgerFilter>, extra: Record<string, string> = {}): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.regionCode) query.set("regionCode", filter.regionCode);
  if (filter.month) query.set("month", filter.month);
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  return query;
}

export function getLedger(filter: LedgerFilter, signal?: AbortSignal): Promise<EmploymentResponse> {
  return requestJson(`/api/reports/employment?${buildQuery(filter)}`, EmploymentResponseSchema, {
    signal,
    errorMessages: { NOT_FOUND: OUT_OF_JURISDICTION, VALIDATION_FAILED: "地区或月份有误" },
  });
}

export function getLedgerHistory(regionCode: string, signal?: AbortSignal): Promise<EmploymentHistoryResponse> {
  return requestJson(`/api/reports/employment/history?${buildQuery({ regionCode }, { months: "12" })}`, EmploymentHistoryResponseSchema, {
    signal,
    errorMessages: { NOT_FOUND: OUT_OF_JURISDICTION },
  });
}

/** The county's file (one row per worker) of what the page shows. */
export function getLedgerExportUrl(filter: LedgerFilter): string {
  return `/api/reports/employment?${buildQuery(filter, { format: "xlsx" })}`;
}
