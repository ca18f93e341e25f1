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
      params: IdParamsSchema,
      responses: { 200: BadgeResponseSchema },
    },
    async ({ params }) => ({ status: 200, body: await service.getBadge(params.id) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/badges/batch",
      tag: "badges",
      summary: "Badges for a printed sheet, in the order asked; unknown ids are left out",
      access: ["ADMIN", "STAFF"],
      body: BadgeBatchRequestSchema,
      responses: { 200: BadgeBatchResponseSchema },
    },
    async ({ body }) => ({ status: 200, body: { badges: await service.getBadges(body.seekerIds) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/badges/resolve",
      tag: "badges",
      summary: "The (masked) seeker behind a scanned badge; a forged badge → 400",
      access: ["ADMIN", "STAFF"],
      body: ResolveBadgeRequestSchema,
      responses: { 200: SeekerResponseSchema },
    },
    async ({ body }) => ({ status: 200, body: { seeker: await service.resolveBadge(body.token) } }),
  );

  return router;
}
