import {
  ConfirmRegistrationResponseSchema,
  IdParamsSchema,
  PublicRegistrationRequestSchema,
  RegistrationAcceptedSchema,
  RegistrationListQuerySchema,
  RegistrationListResponseSchema,
  UserResponseSchema,
  VerifyCodeRequestSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import { setSessionCookie, toUserView } from "../auth/index.ts";
import type { RegistrationsService } from "./registrations.service.ts";

export function createRegistrationsRoutes(
  registry: RouteRegistry,
  service: RegistrationsService,
  options: {
    /** Lifetime of the session cookie (the session policy's absolute limit). */
    sessionMaxAgeMs: number;
    /** Ends the caller's current session before a new one starts (no session fixation). */
    endSession(sessionId: string): Promise<void>;
  },
): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "post",
      path: "/public/fairs/:id/registrations",
      tag: "registrations",
      summary: "Pre-register for a fair from one's own phone; always 202 (known or not), a one-time code goes to the phone",
      access: "public",
      scope: "public",
      params: IdParamsSchema,
      body: PublicRegistrationRequestSchema,
      responses: { 202: RegistrationAcceptedSchema },
    },
    async ({ params, body, req }) => ({ status: 202, body: await service.register(params.id, body, { ip: req.ip ?? "unknown" }) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/public/verifications/:id",
      tag: "registrations",
      summary: "Confirm a pre-registration with its code: the seeker is created or linked and signed in (SEEKER session cookie)",
      access: "public",
      scope: "public",
      params: IdParamsSchema,
      body: VerifyCodeRequestSchema,
      responses: { 200: UserResponseSchema },
    },
    async ({ params, body, req, res, auth }) => {
      const { token, user } = await service.verify(params.id, body.code);
      if (auth) await options.endSession(auth.sessionId);
      setSessionCookie(req, res, token, options.sessionMaxAgeMs);
      res.set("Cache-Control", "no-store");
      return { status: 200, body: { user: toUserView(user) } };
    },
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/fairs/:id/registrations",
      tag: "registrations",
      summary: "Pre-registrations of a fair for the desk, newest first, masked (state: UNCONFIRMED by default)",
      access: ["ADMIN", "STAFF"],
      scope: "fair",
      params: IdParamsSchema,
      query: RegistrationListQuerySchema,
      responses: { 200: RegistrationListResponseSchema },
    },
    async ({ params, query, scope }) => ({ status: 200, body: await service.list(params.id, query, scope) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/registrations/:id/confirm",
      tag: "registrations",
      summary: "The desk saw the ID card: create or link the seeker without a code (a repeat answers the same)",
      access: ["ADMIN", "STAFF"],
      scope: "fair",
      params: IdParamsSchema,
      responses: { 200: ConfirmRegistrationResponseSchema },
    },
    async ({ params, auth, scope }) => ({ status: 200, body: await service.confirmAtDesk(params.id, auth!.user, scope) }),
  );

  return router;
}
