import { SearchPositionsQuerySchema, SearchPositionsResponseSchema } from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { SearchService } from "./search.service.ts";

export function createSearchRoutes(registry: RouteRegistry, service: SearchService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "get",
      path: "/search/positions",
      tag: "search",
      summary: "Search open positions in Chinese (job words, places, food and lodging, wages, employer short names)",
      access: "public",
      scope: "public",
      query: SearchPositionsQuerySchema,
      responses: { 200: SearchPositionsResponseSchema },
    },
    async ({ query }) => ({ status: 200, body: await service.searchPositions(query) }),
  );

  return router;
}
