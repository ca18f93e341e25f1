import {
  FairListQuerySchema,
  FairListResponseSchema,
  FairResponseSchema,
  FairStatsResponseSchema,
  IdParamsSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { FairsService } from "./fairs.service.ts";

export function createFairsRoutes(registry: RouteRegistry, service: FairsService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "get",
      path: "/fairs",
      tag: "fairs",
      summary: "List fairs, newest first",
      access: "public",
      query: FairListQuerySchema,
      responses: { 200: FairListResponseSchema },
    },
    async ({ query }) => ({ status: 200, body: await service.listFairs(query) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/fairs/:id",
      tag: "fairs",
      summary: "One fair",
      access: "public",
      params: IdParamsSchema,
      responses: { 200: FairResponseSchema },
    },
    async ({ params }) => ({ status: 200, body: { fair: await service.getFair(params.id) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/fairs/:id/stats",
      tag: "fairs",
      summary: "Fair figures computed from recorded rows",
      access: ["ADMIN", "STAFF"],
      params: IdParamsSchema,
      responses: { 200: FairStatsResponseSchema },
    },
    async ({ params }) => ({ status: 200, body: { stats: await service.getFairStats(params.id) } }),
  );

  return router;
}
