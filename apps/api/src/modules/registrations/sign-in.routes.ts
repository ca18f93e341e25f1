import { SignInAcceptedSchema, SignInRequestSchema } from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { SignInService } from "./sign-in.service.ts";

/** The code is then entered at POST /public/verifications/:id (registrations.routes.ts). */
export function createSignInRoutes(registry: RouteRegistry, service: SignInService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "post",
      path: "/public/sign-in",
      tag: "registrations",
      summary: "A seeker signs in again by phone; always 202 (known number or not), a one-time code goes only to a seeker's phone",
      access: "public",
      scope: "public",
      body: SignInRequestSchema,
      responses: { 202: SignInAcceptedSchema },
    },
    async ({ body, req }) => ({ status: 202, body: await service.requestCode(body, { ip: req.ip ?? "unknown" }) }),
  );

  return router;
}
