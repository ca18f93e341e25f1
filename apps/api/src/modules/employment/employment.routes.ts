import {
  EmploymentHistoryQuerySchema,
  EmploymentHistoryResponseSchema,
  EmploymentQuerySchema,
  EmploymentResponseSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import { XLSX_TYPE } from "../reports/index.ts";
import type { EmploymentService } from "./employment.service.ts";
import { buildLedgerXlsx } from "./ledger-file.ts";

export function createEmploymentRoutes(registry: RouteRegistry, service: EmploymentService): Router {
  const router = Router();

  // Declared before any /reports/employment/:x route could take "history".
  registry.define(
    router,
    {
      method: "get",
      path: "/reports/employment/history",
      tag: "reports",
      summary: "The employment ledger's totals for each of the last `months` months (this one included), oldest first",
      access: ["ADMIN", "STAFF"],
      scope: "region-report",
      query: EmploymentHistoryQuerySchema,
      responses: { 200: EmploymentHistoryResponseSchema },
    },
    async ({ query, scope }) => ({ status: 200, body: await service.getHistory(query, scope) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/reports/employment",
      tag: "reports",
      summary:
        "Employment ledger (实名制务工台账) of a month: the region's labour-capable registry members by where a placement held them (out of province, in province, in county, not employed), totals and a row per township; format=xlsx downloads one row per worker",
      access: ["ADMIN", "STAFF"],
      scope: "region-report",
      query: EmploymentQuerySchema,
      responses: { 200: EmploymentResponseSchema },
    },
    async ({ query, scope }) => {
      if (query.format === "json") return { status: 200, body: await service.getLedger(query, scope) };
      const { regionCode, month, workers } = await service.listWorkers(query, scope);
      const filename = `务工台账-${regionCode ?? "全部"}-${month}.xlsx`;
      return { status: 200, file: { contentType: XLSX_TYPE, filename, data: await buildLedgerXlsx(month, workers) } };
    },
  );

  return router;
}
