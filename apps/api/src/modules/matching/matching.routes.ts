import { IdParamsSchema, MatchListQuerySchema, PositionMatchesResponseSchema, SeekerMatchesResponseSchema } from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { MatchingService } from "./matching.service.ts";

export function createMatchingRoutes(registry: RouteRegistry, service: MatchingService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "get",
      path: "/matches/seekers/:id",
      tag: "matching",
      summary: "Open positions for a seeker, best first, with reasons",
      access: ["ADMIN", "STAFF"],
      scope: "seeker",
      params: IdParamsSchema,
      query: MatchListQuerySchema,
      responses: { 200: PositionMatchesResponseSchema },
    },
    async ({ params, query, scope }) => ({ status: 200, body: await service.matchPositionsForSeeker(params.id, query.limit, scope) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/matches/positions/:id",
      tag: "matching",
      summary: "Seekers for a position, best first, with reasons (an employer: its own positions)",
      access: ["ADMIN", "STAFF", "EMPLOYER"],
      scope: "seeker",
      params: IdParamsSchema,
      query: MatchListQuerySchema,
      responses: { 200: SeekerMatchesResponseSchema },
    },
    async ({ params, query, auth, scope }) => ({
      status: 200,
      body: await service.matchSeekersForPosition(params.id, query.limit, auth!.user, scope),
    }),
  );

  return router;
}
