// The ADMIN outbox view and follow-up reminders. Queued messages are delivered by the
// outbox handler (notification-delivery.ts), never inline: a request never waits on a gateway.
import type { Notification, NotificationListQuery, NotificationListResponse, ReminderResponse } from "@xiezuo/contracts";
import { AppError, notFound } from "../../lib/app-error.ts";
import type { Scope } from "../../lib/scope.ts";
import { DEV_PROVIDER_NAME } from "./notification-provider.ts";
import { enqueueNotification } from "./notification-queue.repository.ts";
import { blankVerificationCode, followUpReminderText } from "./notification-texts.ts";
import type { NotificationListRow, NotificationsRepository } from "./notifications.repository.ts";

export function createNotificationsService(deps: { notifications: NotificationsRepository; providerName: string }) {
  const { notifications, providerName } = deps;
  // Codes are readable here only while nothing is really sent (the demo reads them off this page).
  const showCodes = providerName === DEV_PROVIDER_NAME;

  function toNotification(row: NotificationListRow): Notification {
    return {
      id: row.id,
      kind: row.kind,
      channel: row.channel,
      phoneMasked: row.phoneMasked,
      text: row.kind === "VERIFICATION_CODE" && !showCodes ? blankVerificationCode(row.text) : row.text,
      status: row.status,
      provider: row.provider,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
    };
  }

  return {
    async listOutbox(query: NotificationListQuery): Promise<NotificationListResponse> {
      const { rows, total } = await notifications.list(query);
      return { notifications: rows.map(toNotification), total, provider: providerName };
    },

    /** Queues a "how is the job going" message to the worker of a placement. */
    async sendFollowUpReminder(placementId: string, scope: Scope): Promise<ReminderResponse> {
      const placement = await notifications.findPlacementForReminder(placementId, scope);
      if (!placement) throw notFound("就业记录");
      if (placement.status === "ENDED") throw new AppError("CONFLICT", "该就业记录已结束，无需发送回访提醒");
      const notification = await notifications.transaction((work) =>
        enqueueNotification(work, {
          kind: "FOLLOWUP_REMINDER",
          seekerId: placement.seekerId,
          phoneMasked: placement.seeker.phoneMasked,
          text: followUpReminderText({ employerName: placement.employer.name, positionTitle: placement.position?.title ?? null }),
        }),
      );
      return { notification };
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
