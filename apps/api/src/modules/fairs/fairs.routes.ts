import {
  AddFairPartnerRequestSchema,
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
      scope: "public",
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
      scope: "public",
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
      scope: "fair",
      params: IdParamsSchema,
      responses: { 200: FairStatsResponseSchema },
    },
    async ({ params, scope }) => ({ status: 200, body: { stats: await service.getFairStats(params.id, scope) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/fairs",
      tag: "fairs",
      summary: "Create a fair (status DRAFT)",
      access: ["ADMIN"],
      scope: "unscoped",
      body: CreateFairRequestSchema,
      responses: { 201: FairResponseSchema },
    },
    async ({ body, scope }) => ({ status: 201, body: { fair: await service.createFair(body, scope) } }),
  );

  registry.define(
    router,
    {
      method: "patch",
      path: "/fairs/:id",
      tag: "fairs",
      summary: "Change a fair's status, title, venue or times",
      access: ["ADMIN"],
      scope: "fair-host",
      params: IdParamsSchema,
      body: UpdateFairRequestSchema,
      responses: { 200: FairResponseSchema },
    },
    async ({ params, body, scope }) => ({ status: 200, body: { fair: await service.updateFair(params.id, body, scope) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/fairs/:id/employers",
      tag: "fairs",
      summary: "Join an employer to the fair (201), or update its booth (200)",
      access: ["ADMIN"],
      scope: "fair-operator",
      params: IdParamsSchema,
      body: JoinFairRequestSchema,
      responses: { 200: FairEmployerResponseSchema, 201: FairEmployerResponseSchema },
    },
    async ({ params, body, scope }) => {
      const { created, fairEmployer } = await service.joinFair(params.id, body, scope);
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
      scope: "public",
      params: IdParamsSchema,
      query: FairEmployerListQuerySchema,
      responses: { 200: FairEmployerListResponseSchema },
    },
    async ({ params, query }) => ({ status: 200, body: await service.listFairEmployers(params.id, query) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/fairs/:id/partners",
      tag: "fairs",
      summary: "Add a co-organising bureau (host or platform ADMIN): it runs booths and sees the fair's figures",
      access: ["ADMIN"],
      scope: "fair-host",
      params: IdParamsSchema,
      body: AddFairPartnerRequestSchema,
      responses: { 200: FairResponseSchema, 201: FairResponseSchema },
    },
    async ({ params, body, scope }) => {
      const { created, fair } = await service.addPartner(params.id, body.organisationId, scope);
      return { status: created ? 201 : 200, body: { fair } };
    },
  );

  return router;
}
