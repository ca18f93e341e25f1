import {
  CreateSeekerRequestSchema,
  IdParamsSchema,
  SeekerListQuerySchema,
  SeekerListResponseSchema,
  SeekerLookupRequestSchema,
  SeekerResponseSchema,
  UnmaskRequestSchema,
  UnmaskResponseSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { SeekersService } from "./seekers.service.ts";

export function createSeekersRoutes(registry: RouteRegistry, service: SeekersService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "post",
      path: "/seekers",
      tag: "seekers",
      summary: "Register a job seeker (ID and phone numbers are stored encrypted, answered masked)",
      access: ["ADMIN", "STAFF"],
      scope: "unscoped",
      body: CreateSeekerRequestSchema,
      responses: { 201: SeekerResponseSchema },
    },
    async ({ body }) => ({ status: 201, body: { seeker: await service.createSeeker(body) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/seekers/lookup",
      tag: "seekers",
      summary: "Find a seeker by ID number (in the body, never in the URL)",
      access: ["ADMIN", "STAFF"],
      scope: "seeker",
      body: SeekerLookupRequestSchema,
      responses: { 200: SeekerResponseSchema },
    },
    async ({ body, scope }) => ({ status: 200, body: { seeker: await service.lookupByIdNumber(body.idNumber, scope) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/seekers",
      tag: "seekers",
      summary: "List seekers, newest first; q filters by part of the name",
      access: ["ADMIN", "STAFF"],
      scope: "seeker",
      query: SeekerListQuerySchema,
      responses: { 200: SeekerListResponseSchema },
    },
    async ({ query, scope }) => ({ status: 200, body: await service.listSeekers(query, scope) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/seekers/:id",
      tag: "seekers",
      summary: "One seeker (EMPLOYER: only seekers with an intent on one of its positions)",
      access: ["ADMIN", "STAFF", "EMPLOYER"],
      scope: "seeker",
      params: IdParamsSchema,
      responses: { 200: SeekerResponseSchema },
    },
    async ({ params, auth, scope }) => ({ status: 200, body: { seeker: await service.getSeeker(params.id, auth!.user, scope) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/seekers/:id/unmask",
      tag: "seekers",
      summary: "Full ID and phone numbers for a stated reason (ADMIN, written to the audit log)",
      access: ["ADMIN"],
      scope: "seeker",
      params: IdParamsSchema,
      body: UnmaskRequestSchema,
      responses: { 200: UnmaskResponseSchema },
    },
    async ({ params, body, auth, scope, res }) => {
      const numbers = await service.unmask(params.id, body.reason, auth!.user, scope);
      res.set("Cache-Control", "no-store");
      return { status: 200, body: numbers };
    },
  );

  return router;
}
