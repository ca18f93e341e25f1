import {
  CreateUserRequestSchema,
  IdParamsSchema,
  ManagedUserResponseSchema,
  UpdateUserRequestSchema,
  UserListResponseSchema,
  UserResponseSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import { z } from "zod";
import type { RouteRegistry } from "../../http/route.ts";
import type { UsersService } from "./users.service.ts";

const ListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export function createUsersRoutes(registry: RouteRegistry, service: UsersService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "post",
      path: "/users",
      tag: "users",
      summary: "Create a staff, admin or employer account",
      access: ["ADMIN"],
      scope: "users",
      body: CreateUserRequestSchema,
      responses: { 201: UserResponseSchema },
    },
    async ({ body, auth, scope }) => ({ status: 201, body: { user: await service.createUser(body, auth!.user.id, scope) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/users",
      tag: "users",
      summary: "List accounts",
      access: ["ADMIN"],
      scope: "users",
      query: ListQuerySchema,
      responses: { 200: UserListResponseSchema },
    },
    async ({ query, scope }) => ({ status: 200, body: await service.listUsers(query, scope) }),
  );

  registry.define(
    router,
    {
      method: "patch",
      path: "/users/:id",
      tag: "users",
      summary: "Disable or re-enable an account; disabling revokes its sessions and drops its live sockets at once",
      access: ["ADMIN"],
      scope: "users",
      params: IdParamsSchema,
      body: UpdateUserRequestSchema,
      responses: { 200: ManagedUserResponseSchema },
    },
    async ({ params, body, auth, scope }) => ({
      status: 200,
      body: { user: await service.setDisabled(params.id, body.disabled, auth!.user.id, scope) },
    }),
  );

  return router;
}
