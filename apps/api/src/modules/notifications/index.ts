export { jurisdictionsHolding, queueDropoutAlerts } from "./dropout-alerts.repository.ts";
export { createEmployerReminderJob, currentChinaMonth, type EmployerReminderJob } from "./employer-reminder-job.ts";
export { createEmployerRemindersRepository, type EmployerRemindersRepository } from "./employer-reminders.repository.ts";
export { createIntentStatusNotices } from "./intent-status-notices.ts";
export { createNotificationDeliveryHandlers, MAX_NOTIFICATION_ATTEMPTS } from "./notification-delivery.ts";
export {
  createDevNotificationProvider,
  createNotificationProvider,
  DEV_PROVIDER_NAME,
  type NotificationMessage,
  type NotificationProvider,
} from "./notification-provider.ts";
export { enqueueNotification, NOTIFICATION_SEND, type NotificationDraft } from "./notification-queue.repository.ts";
export {
  dropoutAlertText,
  employerReminderText,
  followUpReminderText,
  intentStatusText,
  MY_PAGE_PATH,
  myPageHint,
  signInCodeText,
  verificationCodeText,
} from "./notification-texts.ts";
export { createNotificationsRepository, type NotificationsRepository } from "./notifications.repository.ts";
export { createNotificationsRoutes } from "./notifications.routes.ts";
export { createNotificationsService, type NotificationsService } from "./notifications.service.ts";
export { createNotificationsModule } from "./notifications-module.ts";
