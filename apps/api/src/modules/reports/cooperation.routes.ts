import { CooperationQuerySchema, CooperationResponseSchema } from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { CooperationService } from "./cooperation.service.ts";

export function createCooperationRoutes(registry: RouteRegistry, service: CooperationService): Router {
  const router = Router();
  registry.define(
    router,
    {
      method: "get",
      path: "/reports/cooperation",
      tag: "reports",
      summary: "Workers sent from the exporting to the importing region: transferred, employed now, stable, by household category",
      access: ["ADMIN", "STAFF"],
      scope: "region-report",
      query: CooperationQuerySchema,
      responses: { 200: CooperationResponseSchema },
    },
    async ({ query, scope }) => ({ status: 200, body: { cooperation: await service.report(query, scope) } }),
  );
  return router;
}
