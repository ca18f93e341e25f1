import { LoginRequestSchema, UserResponseSchema } from "@xiezuo/contracts";
import { Router } from "express";
import type { AuthUser } from "../../http/auth-context.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { AuthService, SessionPolicy } from "./auth.service.ts";
import { clearSessionCookie, setSessionCookie } from "./session.middleware.ts";

export function toUserView(user: AuthUser) {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    employerId: user.employerId,
    organisationId: user.organisationId,
    displayName: user.displayName,
  };
}

export function createAuthRoutes(registry: RouteRegistry, service: AuthService, policy: SessionPolicy): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "post",
      path: "/auth/login",
      tag: "auth",
      summary: "Sign in; sets an HttpOnly session cookie (a new session id every time)",
      access: "public",
      scope: "public",
      body: LoginRequestSchema,
      responses: { 200: UserResponseSchema },
    },
    async ({ body, req, res, auth }) => {
      if (auth) await service.logout(auth.sessionId);
      const { token, user } = await service.login(body, { ip: req.ip ?? "unknown" });
      setSessionCookie(req, res, token, policy.absoluteHours * 3_600_000);
      return { status: 200, body: { user: toUserView(user) } };
    },
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/auth/logout",
      tag: "auth",
      summary: "Sign out (revokes the session)",
      access: "public",
      scope: "public",
      responses: { 204: null },
    },
    async ({ auth, req, res }) => {
      if (auth) await service.logout(auth.sessionId);
      clearSessionCookie(req, res);
      return { status: 204 };
    },
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/auth/me",
      tag: "auth",
      summary: "The signed-in user",
      access: "signed-in",
      scope: "self",
      responses: { 200: UserResponseSchema },
    },
    ({ auth }) => ({ status: 200, body: { user: toUserView(auth!.user) } }),
  );

  return router;
}
