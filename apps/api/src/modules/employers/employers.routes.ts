import {
  CreateEmployerRequestSchema,
  EmployerListQuerySchema,
  EmployerListResponseSchema,
  EmployerResponseSchema,
  IdParamsSchema,
  UpdateEmployerRequestSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { EmployersService } from "./employers.service.ts";

export function createEmployersRoutes(registry: RouteRegistry, service: EmployersService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "get",
      path: "/employers",
      tag: "employers",
      summary: "List employers (search by name)",
      access: ["ADMIN", "STAFF"],
      scope: "unscoped",
      query: EmployerListQuerySchema,
      responses: { 200: EmployerListResponseSchema },
    },
    async ({ query }) => ({ status: 200, body: await service.listEmployers(query) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/employers/:id",
      tag: "employers",
      summary: "One employer",
      access: "signed-in",
      scope: "unscoped",
      params: IdParamsSchema,
      responses: { 200: EmployerResponseSchema },
    },
    async ({ params }) => ({ status: 200, body: { employer: await service.getEmployer(params.id) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/employers",
      tag: "employers",
      summary: "Register an employer (unified social credit code checked, unique)",
      access: ["ADMIN"],
      scope: "unscoped",
      body: CreateEmployerRequestSchema,
      responses: { 201: EmployerResponseSchema },
    },
    async ({ body }) => ({ status: 201, body: { employer: await service.createEmployer(body) } }),
  );

  registry.define(
    router,
    {
      method: "patch",
      path: "/employers/:id",
      tag: "employers",
      summary: "Change an employer; its open positions are re-indexed for search",
      access: ["ADMIN"],
      scope: "unscoped",
      params: IdParamsSchema,
      body: UpdateEmployerRequestSchema,
      responses: { 200: EmployerResponseSchema },
    },
    async ({ params, body }) => ({ status: 200, body: { employer: await service.updateEmployer(params.id, body) } }),
  );

  return router;
}
