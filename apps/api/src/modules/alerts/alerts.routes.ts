import {
  CreateHouseholdVisitRequestSchema,
  DropoutQuerySchema,
  DropoutResponseSchema,
  HouseholdVisitListResponseSchema,
  HouseholdVisitResponseSchema,
  IdParamsSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { AlertsService } from "./alerts.service.ts";

export function createAlertsRoutes(registry: RouteRegistry, service: AlertsService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "get",
      path: "/alerts/dropouts",
      tag: "alerts",
      summary:
        "返贫预警: households of the region where a member's placement ended within the last `days` days and nobody is at work now, by township",
      access: ["ADMIN", "STAFF"],
      scope: "region-report",
      query: DropoutQuerySchema,
      responses: { 200: DropoutResponseSchema },
    },
    async ({ query, scope }) => ({ status: 200, body: await service.listDropouts(query, scope) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/households/:id/visits",
      tag: "alerts",
      summary: "Note a home visit (上门走访) to a household of the jurisdiction",
      access: ["ADMIN", "STAFF"],
      scope: "household",
      params: IdParamsSchema,
      body: CreateHouseholdVisitRequestSchema,
      responses: { 201: HouseholdVisitResponseSchema },
    },
    async ({ params, body, auth, scope }) => ({
      status: 201,
      body: { visit: await service.addVisit(params.id, body, { userId: auth!.user.id, scope }) },
    }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/households/:id/visits",
      tag: "alerts",
      summary: "Home visits to a household of the jurisdiction, latest first",
      access: ["ADMIN", "STAFF"],
      scope: "household",
      params: IdParamsSchema,
      responses: { 200: HouseholdVisitListResponseSchema },
    },
    async ({ params, scope }) => ({ status: 200, body: { visits: await service.listVisits(params.id, scope) } }),
  );

  return router;
}
