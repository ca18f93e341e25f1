import {
  MatchListQuerySchema,
  MyBadgeResponseSchema,
  MyIntentsResponseSchema,
  MyInterestRequestSchema,
  MyInterestResponseSchema,
  MyMatchesResponseSchema,
  MySeekerResponseSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { MeService } from "./me.service.ts";

const SEEKER_ONLY = ["SEEKER"] as const;

export function createMeRoutes(registry: RouteRegistry, service: MeService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "get",
      path: "/me/seeker",
      tag: "me",
      summary: "The signed-in seeker's own record (masked) and the fairs they registered for",
      access: SEEKER_ONLY,
      scope: "self",
      responses: { 200: MySeekerResponseSchema },
    },
    async ({ auth }) => ({ status: 200, body: await service.getSeeker(auth!.user) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/me/badge",
      tag: "me",
      summary: "The signed-in seeker's QR badge token (opaque; the desk checks it in like a printed badge)",
      access: SEEKER_ONLY,
      scope: "self",
      responses: { 200: MyBadgeResponseSchema },
    },
    async ({ auth }) => ({ status: 200, body: await service.getBadge(auth!.user) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/me/matches",
      tag: "me",
      summary: "Open positions for the signed-in seeker, best first, with reasons and the position in words",
      access: SEEKER_ONLY,
      scope: "self",
      query: MatchListQuerySchema,
      responses: { 200: MyMatchesResponseSchema },
    },
    async ({ auth, query }) => ({ status: 200, body: await service.getMatches(auth!.user, query.limit) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/me/interests",
      tag: "me",
      summary: "Mark interest in a position (an intent by the seeker); a repeat answers 200 with duplicate:true",
      access: SEEKER_ONLY,
      scope: "self",
      body: MyInterestRequestSchema,
      responses: { 201: MyInterestResponseSchema, 200: MyInterestResponseSchema },
    },
    async ({ auth, body }) => {
      const result = await service.addInterest(auth!.user, body);
      return { status: result.duplicate ? 200 : 201, body: result };
    },
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/me/intents",
      tag: "me",
      summary: "The signed-in seeker's intents with their current status, latest change first",
      access: SEEKER_ONLY,
      scope: "self",
      responses: { 200: MyIntentsResponseSchema },
    },
    async ({ auth }) => ({ status: 200, body: await service.listIntents(auth!.user) }),
  );

  return router;
}
