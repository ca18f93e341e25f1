// The notifications module wired from its dependencies: the outbox list and reminders
// (service), the relay's "notification.send" handler (delivery through the provider) and the
// monthly employer reminder job. app.ts mounts the routes; start-server.ts runs the relay and
// the job.
import type { Clock } from "../../lib/clock.ts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import type { Logger } from "../../lib/logger.ts";
import type { Db } from "../../lib/prisma.ts";
import { createEmployerReminderJob } from "./employer-reminder-job.ts";
import { createEmployerRemindersRepository } from "./employer-reminders.repository.ts";
import { createNotificationDeliveryHandlers } from "./notification-delivery.ts";
import { createDevNotificationProvider, type NotificationProvider } from "./notification-provider.ts";
import { createNotificationsRepository } from "./notifications.repository.ts";
import { createNotificationsService } from "./notifications.service.ts";

export function createNotificationsModule(deps: {
  db: Db;
  fieldCrypto: FieldCrypto;
  /** The development provider (messages kept in the outbox) when none is given. */
  provider?: NotificationProvider;
  clock: Clock;
  logger: Logger;
}) {
  const { db, clock, logger } = deps;
  const provider = deps.provider ?? createDevNotificationProvider();
  const notifications = createNotificationsRepository(db);
  const service = createNotificationsService({
    notifications,
    providerName: provider.name,
    employerReminders: createEmployerRemindersRepository(db),
    clock,
  });
  return {
    service,
    /** The monthly employer reminder (tests drive it with their own clock). */
    employerReminderJob: createEmployerReminderJob({
      queueForMonth: async (month) => (await service.queueEmployerReminders(month)).queued,
      clock,
      logger,
    }),
    /** The outbox relay's "notification.send" handler. */
    handlers: createNotificationDeliveryHandlers({ notifications, fieldCrypto: deps.fieldCrypto, provider, logger }),
  };
}
