// The ADMIN outbox view and follow-up reminders. Queued messages are delivered by the
// outbox handler (notification-delivery.ts), never inline: a request never waits on a gateway.
import {
  type EmployerRemindersResponse,
  type Notification,
  type NotificationListQuery,
  type NotificationListResponse,
  type ReminderResponse,
  toChinaDate,
} from "@xiezuo/contracts";
import { AppError, notFound } from "../../lib/app-error.ts";
import { type Clock, systemClock } from "../../lib/clock.ts";
import type { Scope } from "../../lib/scope.ts";
import type { EmployerRemindersRepository } from "./employer-reminders.repository.ts";
import { DEV_PROVIDER_NAME } from "./notification-provider.ts";
import { enqueueNotification } from "./notification-queue.repository.ts";
import { blankVerificationCode, followUpReminderText } from "./notification-texts.ts";
import type { NotificationListRow, NotificationsRepository } from "./notifications.repository.ts";

export function createNotificationsService(deps: {
  notifications: NotificationsRepository;
  providerName: string;
  employerReminders?: EmployerRemindersRepository;
  clock?: Clock;
}) {
  const { notifications, providerName } = deps;
  const clock = deps.clock ?? systemClock;
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

    /**
     * Queues the monthly reminder to every employer with a contact phone and ACTIVE placements,
     * for `month` (default: this month in China). Once per month: a second run answers 0.
     */
    async queueEmployerReminders(month?: string): Promise<EmployerRemindersResponse> {
      if (!deps.employerReminders) throw new Error("queueEmployerReminders: no employer reminders repository");
      const target = month ?? toChinaDate(clock.now()).slice(0, 7);
      return { month: target, queued: await deps.employerReminders.queueForMonth(target) };
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
