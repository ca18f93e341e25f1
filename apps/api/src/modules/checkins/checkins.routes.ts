import {
  CheckInRequestSchema,
  CheckInResponseSchema,
  CheckInTimelineQuerySchema,
  CheckInTimelineResponseSchema,
  IdParamsSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { CheckinsService } from "./checkins.service.ts";

export function createCheckinsRoutes(registry: RouteRegistry, service: CheckinsService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "post",
      path: "/fairs/:id/checkins",
      tag: "checkins",
      summary: "Check a seeker in (seekerId, idNumber or badge token); exactly once per seeker and fair, replays answer 200",
      access: ["ADMIN", "STAFF"],
      scope: "fair",
      params: IdParamsSchema,
      body: CheckInRequestSchema,
      responses: { 201: CheckInResponseSchema, 200: CheckInResponseSchema },
    },
    async ({ params, body, auth }) => {
      const outcome = await service.checkIn(params.id, body, auth!);
      return { status: outcome.duplicate ? 200 : 201, body: outcome };
    },
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/fairs/:id/checkins/timeline",
      tag: "checkins",
      summary: "Arrivals per minute and current totals (dashboard chart, catch-up after a reconnect)",
      access: ["ADMIN", "STAFF"],
      scope: "fair",
      params: IdParamsSchema,
      query: CheckInTimelineQuerySchema,
      responses: { 200: CheckInTimelineResponseSchema },
    },
    async ({ params, query, scope }) => ({ status: 200, body: { timeline: await service.getTimeline(params.id, query.since, scope) } }),
  );

  return router;
}
