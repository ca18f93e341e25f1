import {
  CreateOrganisationRequestSchema,
  IdParamsSchema,
  OrganisationListResponseSchema,
  OrganisationResponseSchema,
  UpdateOrganisationRequestSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { OrganisationsService } from "./organisations.service.ts";

export function createOrganisationsRoutes(registry: RouteRegistry, service: OrganisationsService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "post",
      path: "/organisations",
      tag: "organisations",
      summary: "Found a labour bureau with its GB/T 2260 region (platform ADMIN only)",
      access: ["ADMIN"],
      scope: "platform-only",
      body: CreateOrganisationRequestSchema,
      responses: { 201: OrganisationResponseSchema },
    },
    async ({ body, auth, scope }) => ({ status: 201, body: { organisation: await service.create(body, scope, auth!.user.id) } }),
  );

  registry.define(
    router,
    {
      method: "patch",
      path: "/organisations/:id",
      tag: "organisations",
      summary: "Set or remove a bureau's alert phone for dropout alerts (platform ADMIN, or an ADMIN of that bureau); answered masked",
      access: ["ADMIN"],
      scope: "organisation",
      params: IdParamsSchema,
      body: UpdateOrganisationRequestSchema,
      responses: { 200: OrganisationResponseSchema },
    },
    async ({ params, body, auth, scope }) => ({
      status: 200,
      body: { organisation: await service.update(params.id, body, scope, auth!.user.id) },
    }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/organisations",
      tag: "organisations",
      summary: "Every bureau with its region (names are public facts; partners are picked from it)",
      access: ["ADMIN", "STAFF"],
      scope: "unscoped",
      responses: { 200: OrganisationListResponseSchema },
    },
    async () => ({ status: 200, body: await service.list() }),
  );

  return router;
}
