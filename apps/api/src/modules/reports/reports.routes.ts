import {
  CoverageQuerySchema,
  CoverageResponseSchema,
  FairReportQuerySchema,
  FairReportResponseSchema,
  IdParamsSchema,
  ZeroEmploymentQuerySchema,
  ZeroEmploymentResponseSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import { toChinaDate } from "../../lib/calendar-dates.ts";
import type { Clock } from "../../lib/clock.ts";
import { buildCsv, CSV_TYPE, XLSX_TYPE } from "./report-files.ts";
import {
  buildFairReportCsv,
  buildFairReportXlsx,
  buildZeroEmploymentXlsx,
  toFileNamePart,
  ZERO_EMPLOYMENT_COLUMNS,
} from "./report-layouts.ts";
import type { ReportsService } from "./reports.service.ts";

export function createReportsRoutes(registry: RouteRegistry, service: ReportsService, clock: Clock): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "get",
      path: "/reports/coverage",
      tag: "reports",
      summary: "Household coverage of a region: totals and a row per township (groupBy=village adds village rows)",
      access: ["ADMIN", "STAFF"],
      scope: "region-report",
      query: CoverageQuerySchema,
      responses: { 200: CoverageResponseSchema },
    },
    async ({ query, scope }) => ({ status: 200, body: await service.getCoverage(query, scope) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/reports/zero-employment",
      tag: "reports",
      summary: "Labour-capable households with no member on the job (零就业户); format=csv|xlsx downloads all of them",
      access: ["ADMIN", "STAFF"],
      scope: "region-report",
      query: ZeroEmploymentQuerySchema,
      responses: { 200: ZeroEmploymentResponseSchema },
    },
    async ({ query, scope }) => {
      if (query.format === "json") return { status: 200, body: await service.listZeroEmployment(query, false, scope) };
      const { households } = await service.listZeroEmployment(query, true, scope);
      const filename = `零就业户-${query.regionCode ?? "全部"}-${toChinaDate(clock.now())}.${query.format}`;
      return query.format === "csv"
        ? { status: 200, file: { contentType: CSV_TYPE, filename, data: buildCsv(ZERO_EMPLOYMENT_COLUMNS, households) } }
        : { status: 200, file: { contentType: XLSX_TYPE, filename, data: await buildZeroEmploymentXlsx(households) } };
    },
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/reports/fairs/:id",
      tag: "reports",
      summary: "Fair report: the fair's figures, its funnel and a row per employer; format=csv|xlsx downloads it",
      access: ["ADMIN"],
      scope: "fair",
      params: IdParamsSchema,
      query: FairReportQuerySchema,
      responses: { 200: FairReportResponseSchema },
    },
    async ({ params, query, scope }) => {
      const report = await service.getFairReport(params.id, scope);
      if (query.format === "json") return { status: 200, body: report };
      const filename = `招聘会报告-${toFileNamePart(report.fair.title)}.${query.format}`;
      return query.format === "csv"
        ? { status: 200, file: { contentType: CSV_TYPE, filename, data: buildFairReportCsv(report) } }
        : { status: 200, file: { contentType: XLSX_TYPE, filename, data: await buildFairReportXlsx(report) } };
    },
  );

  return router;
}
