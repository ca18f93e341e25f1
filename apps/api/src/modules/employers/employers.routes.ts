import { EmployerListQuerySchema, EmployerListResponseSchema, EmployerResponseSchema, IdParamsSchema } from "@xiezuo/contracts";
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
      params: IdParamsSchema,
      responses: { 200: EmployerResponseSchema },
    },
    async ({ params }) => ({ status: 200, body: { employer: await service.getEmployer(params.id) } }),
  );

  return router;
}
