import {
  CreateIntentRequestSchema,
  CreateIntentResponseSchema,
  IdParamsSchema,
  IntentListQuerySchema,
  IntentListResponseSchema,
  IntentResponseSchema,
  UpdateIntentRequestSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { AuthContext } from "../../http/auth-context.ts";
import type { RouteRegistry } from "../../http/route.ts";
import { unauthenticated } from "../../lib/app-error.ts";
import type { Actor, IntentsService } from "./intents.service.ts";

const ROLES = ["ADMIN", "STAFF", "EMPLOYER"] as const;

export function toActor(auth: AuthContext | undefined): Actor {
  if (!auth) throw unauthenticated();
  return { userId: auth.user.id, role: auth.user.role, employerId: auth.user.employerId, scope: auth.scope };
}

export function createIntentsRoutes(registry: RouteRegistry, service: IntentsService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "post",
      path: "/intents",
      tag: "intents",
      summary: "Record an intent (an employer only on its own positions); a repeat answers 200 with duplicate:true",
      access: ROLES,
      scope: "intent",
      body: CreateIntentRequestSchema,
      responses: { 201: CreateIntentResponseSchema, 200: CreateIntentResponseSchema },
    },
    async ({ body, auth }) => {
      const result = await service.createIntent(body, toActor(auth));
      return { status: result.duplicate ? 200 : 201, body: result };
    },
  );

  registry.define(
    router,
    {
      method: "patch",
      path: "/intents/:id",
      tag: "intents",
      summary: "Move an intent along INTENDED → INTERVIEWED → OFFERED → HIRED, or to DECLINED / WITHDRAWN",
      access: ROLES,
      scope: "intent",
      params: IdParamsSchema,
      body: UpdateIntentRequestSchema,
      responses: { 200: IntentResponseSchema },
    },
    async ({ params, body, auth }) => ({
      status: 200,
      body: { intent: await service.updateStatus(params.id, body.status, toActor(auth)) },
    }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/intents",
      tag: "intents",
      summary: "Intents, newest first; an employer sees only its own positions' intents, seekers masked",
      access: ROLES,
      scope: "intent",
      query: IntentListQuerySchema,
      responses: { 200: IntentListResponseSchema },
    },
    async ({ query, auth }) => ({ status: 200, body: await service.listIntents(query, toActor(auth)) }),
  );

  return router;
}
