import {
  BadgeBatchRequestSchema,
  BadgeBatchResponseSchema,
  BadgeResponseSchema,
  IdParamsSchema,
  ResolveBadgeRequestSchema,
  SeekerResponseSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { SeekersService } from "./seekers.service.ts";

export function createBadgesRoutes(registry: RouteRegistry, service: SeekersService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "get",
      path: "/seekers/:id/badge",
      tag: "badges",
      summary: "QR badge token of a seeker (opaque, signed, no personal data)",
      access: ["ADMIN", "STAFF"],
      scope: "seeker",
      params: IdParamsSchema,
      responses: { 200: BadgeResponseSchema },
    },
    async ({ params, scope }) => ({ status: 200, body: await service.getBadge(params.id, scope) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/badges/batch",
      tag: "badges",
      summary: "Badges for a printed sheet, in the order asked; unknown ids are left out",
      access: ["ADMIN", "STAFF"],
      scope: "seeker",
      body: BadgeBatchRequestSchema,
      responses: { 200: BadgeBatchResponseSchema },
    },
    async ({ body, scope }) => ({ status: 200, body: { badges: await service.getBadges(body.seekerIds, scope) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/badges/resolve",
      tag: "badges",
      summary: "The (masked) seeker behind a scanned badge; a forged badge → 400",
      access: ["ADMIN", "STAFF"],
      scope: "seeker",
      body: ResolveBadgeRequestSchema,
      responses: { 200: SeekerResponseSchema },
    },
    async ({ body, scope }) => ({ status: 200, body: { seeker: await service.resolveBadge(body.token, scope) } }),
  );

  return router;
}
