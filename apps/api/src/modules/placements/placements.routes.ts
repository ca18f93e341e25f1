import {
  CreateFollowUpRequestSchema,
  CreateFollowUpResponseSchema,
  CreatePlacementRequestSchema,
  FollowUpsDueQuerySchema,
  FollowUpsDueResponseSchema,
  IdParamsSchema,
  PlacementListQuerySchema,
  PlacementListResponseSchema,
  PlacementResponseSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import { toActor } from "../intents/index.ts";
import type { PlacementsService } from "./placements.service.ts";

const ROLES = ["ADMIN", "STAFF", "EMPLOYER"] as const;

export function createPlacementsRoutes(registry: RouteRegistry, service: PlacementsService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "post",
      path: "/placements",
      tag: "placements",
      summary: "Record that a seeker started work (an employer only for itself)",
      access: ROLES,
      scope: "placement",
      body: CreatePlacementRequestSchema,
      responses: { 201: PlacementResponseSchema },
    },
    async ({ body, auth }) => ({ status: 201, body: { placement: await service.createPlacement(body, toActor(auth)) } }),
  );

  // Declared before /placements/:id, which would otherwise take "followups-due" for an id.
  registry.define(
    router,
    {
      method: "get",
      path: "/placements/followups-due",
      tag: "placements",
      summary: "ACTIVE placements whose monthly follow-up is due within withinDays days or overdue",
      access: ["ADMIN", "STAFF"],
      scope: "placement",
      query: FollowUpsDueQuerySchema,
      responses: { 200: FollowUpsDueResponseSchema },
    },
    async ({ query, scope }) => ({ status: 200, body: await service.listFollowUpsDue(query, scope) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/placements/:id",
      tag: "placements",
      summary: "One placement with its follow-ups (an employer only its own)",
      access: ROLES,
      scope: "placement",
      params: IdParamsSchema,
      responses: { 200: PlacementResponseSchema },
    },
    async ({ params, auth }) => ({ status: 200, body: { placement: await service.getPlacement(params.id, toActor(auth)) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/placements",
      tag: "placements",
      summary: "Placements, latest start first (an employer only its own)",
      access: ROLES,
      scope: "placement",
      query: PlacementListQuerySchema,
      responses: { 200: PlacementListResponseSchema },
    },
    async ({ query, auth }) => ({ status: 200, body: await service.listPlacements(query, toActor(auth)) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/placements/:id/followups",
      tag: "placements",
      summary: "Record a follow-up call; the placement becomes STABLE or ENDED accordingly",
      access: ["ADMIN", "STAFF"],
      scope: "placement",
      params: IdParamsSchema,
      body: CreateFollowUpRequestSchema,
      responses: { 201: CreateFollowUpResponseSchema },
    },
    async ({ params, body, auth }) => ({ status: 201, body: await service.addFollowUp(params.id, body, toActor(auth)) }),
  );

  return router;
}
