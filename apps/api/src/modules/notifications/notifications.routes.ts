import {
  EmployerRemindersRequestSchema,
  EmployerRemindersResponseSchema,
  IdParamsSchema,
  NotificationListQuerySchema,
  NotificationListResponseSchema,
  ReminderResponseSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { NotificationsService } from "./notifications.service.ts";

export function createNotificationsRoutes(registry: RouteRegistry, service: NotificationsService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "get",
      path: "/notifications/outbox",
      tag: "notifications",
      summary: "Messages to job seekers, newest first, phone numbers masked (codes readable only with the dev provider)",
      access: ["ADMIN"],
      scope: "platform-only",
      query: NotificationListQuerySchema,
      responses: { 200: NotificationListResponseSchema },
    },
    async ({ query }) => ({ status: 200, body: await service.listOutbox(query) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/notifications/employer-reminders",
      tag: "notifications",
      summary: "Queue the month's reminder to employers with workers on site now (once per month; a second run queues 0)",
      access: ["ADMIN"],
      scope: "platform-only",
      body: EmployerRemindersRequestSchema,
      responses: { 200: EmployerRemindersResponseSchema },
    },
    async ({ body }) => ({ status: 200, body: await service.queueEmployerReminders(body.month) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/placements/:id/reminders",
      tag: "placements",
      summary: "Queue a follow-up reminder message to the placed worker (409 for an ENDED placement)",
      access: ["ADMIN", "STAFF"],
      scope: "placement",
      params: IdParamsSchema,
      responses: { 202: ReminderResponseSchema },
    },
    async ({ params, scope }) => ({ status: 202, body: await service.sendFollowUpReminder(params.id, scope) }),
  );

  return router;
}
