import {
  CreatePositionRequestSchema,
  IdParamsSchema,
  PositionListQuerySchema,
  PositionListResponseSchema,
  PositionResponseSchema,
  UpdatePositionRequestSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { PositionsService } from "./positions.service.ts";

export function createPositionsRoutes(registry: RouteRegistry, service: PositionsService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "post",
      path: "/positions",
      tag: "positions",
      summary: "Post a position (an employer for itself; an admin names the employer)",
      access: ["ADMIN", "EMPLOYER"],
      scope: "unscoped",
      body: CreatePositionRequestSchema,
      responses: { 201: PositionResponseSchema },
    },
    async ({ body, auth }) => ({ status: 201, body: { position: await service.createPosition(body, auth!.user) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/positions",
      tag: "positions",
      summary: "Positions for management, newest first (an employer sees its own)",
      access: ["ADMIN", "STAFF", "EMPLOYER"],
      scope: "unscoped",
      query: PositionListQuerySchema,
      responses: { 200: PositionListResponseSchema },
    },
    async ({ query, auth }) => ({ status: 200, body: await service.listPositions(query, auth!.user) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/positions/:id",
      tag: "positions",
      summary: "One position, open or closed",
      access: "public",
      scope: "public",
      params: IdParamsSchema,
      responses: { 200: PositionResponseSchema },
    },
    async ({ params }) => ({ status: 200, body: { position: await service.getPosition(params.id) } }),
  );

  registry.define(
    router,
    {
      method: "patch",
      path: "/positions/:id",
      tag: "positions",
      summary: "Change a position (its employer or an admin); fairIds replaces the fair links",
      access: ["ADMIN", "EMPLOYER"],
      scope: "unscoped",
      params: IdParamsSchema,
      body: UpdatePositionRequestSchema,
      responses: { 200: PositionResponseSchema },
    },
    async ({ params, body, auth }) => ({ status: 200, body: { position: await service.updatePosition(params.id, body, auth!.user) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/positions/:id/close",
      tag: "positions",
      summary: "Close a position (idempotent); it leaves search within seconds",
      access: ["ADMIN", "EMPLOYER"],
      scope: "unscoped",
      params: IdParamsSchema,
      responses: { 200: PositionResponseSchema },
    },
    async ({ params, auth }) => ({ status: 200, body: { position: await service.closePosition(params.id, auth!.user) } }),
  );

  return router;
}
