import {
  CreateFairRequestSchema,
  FairEmployerListQuerySchema,
  FairEmployerListResponseSchema,
  FairEmployerResponseSchema,
  FairListQuerySchema,
  FairListResponseSchema,
  FairResponseSchema,
  FairStatsResponseSchema,
  IdParamsSchema,
  JoinFairRequestSchema,
  UpdateFairRequestSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { FairsService } from "./fairs.service.ts";

export function createFairsRoutes(registry: RouteRegistry, service: FairsService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "get",
      path: "/fairs",
      tag: "fairs",
      summary: "List fairs, newest first",
      access: "public",
      query: FairListQuerySchema,
      responses: { 200: FairListResponseSchema },
    },
    async ({ query }) => ({ status: 200, body: await service.listFairs(query) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/fairs/:id",
      tag: "fairs",
      summary: "One fair",
      access: "public",
      params: IdParamsSchema,
      responses: { 200: FairResponseSchema },
    },
    async ({ params }) => ({ status: 200, body: { fair: await service.getFair(params.id) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/fairs/:id/stats",
      tag: "fairs",
      summary: "Fair figures computed from recorded rows",
      access: ["ADMIN", "STAFF"],
      params: IdParamsSchema,
      responses: { 200: FairStatsResponseSchema },
    },
    async ({ params }) => ({ status: 200, body: { stats: await service.getFairStats(params.id) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/fairs",
      tag: "fairs",
      summary: "Create a fair (status DRAFT)",
      access: ["ADMIN"],
      body: CreateFairRequestSchema,
      responses: { 201: FairResponseSchema },
    },
    async ({ body }) => ({ status: 201, body: { fair: await service.createFair(body) } }),
  );

  registry.define(
    router,
    {
      method: "patch",
      path: "/fairs/:id",
      tag: "fairs",
      summary: "Change a fair's status, title, venue or times",
      access: ["ADMIN"],
      params: IdParamsSchema,
      body: UpdateFairRequestSchema,
      responses: { 200: FairResponseSchema },
    },
    async ({ params, body }) => ({ status: 200, body: { fair: await service.updateFair(params.id, body) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/fairs/:id/employers",
      tag: "fairs",
      summary: "Join an employer to the fair (201), or update its booth (200)",
      access: ["ADMIN"],
      params: IdParamsSchema,
      body: JoinFairRequestSchema,
      responses: { 200: FairEmployerResponseSchema, 201: FairEmployerResponseSchema },
    },
    async ({ params, body }) => {
      const { created, fairEmployer } = await service.joinFair(params.id, body);
      return { status: created ? 201 : 200, body: { fairEmployer } };
    },
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/fairs/:id/employers",
      tag: "fairs",
      summary: "Employers taking part in the fair, with booths and open positions",
      access: "public",
      params: IdParamsSchema,
      query: FairEmployerListQuerySchema,
      responses: { 200: FairEmployerListResponseSchema },
    },
    async ({ params, query }) => ({ status: 200, body: await service.listFairEmployers(params.id, query) }),
  );

  return router;
}
