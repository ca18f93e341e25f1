// Messages to job seekers (SMS or a WeChat template), queued in an outbox and delivered
// by one provider. ADMIN reads the queue; phone numbers appear masked only.
import { z } from "zod";
import { IdSchema, InstantSchema } from "./common.ts";

export const NotificationKindSchema = z.enum([
  "VERIFICATION_CODE",
  "INTENT_STATUS",
  "FOLLOWUP_REMINDER",
  /** To a bureau's alert phone: a household's last employed member came home. */
  "DROPOUT_ALERT",
  /** To an employer's contact phone, once a month: confirm the workers on site. */
  "EMPLOYER_REMINDER",
]);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;
export const NotificationStatusSchema = z.enum(["PENDING", "SENT", "FAILED"]);
export type NotificationStatus = z.infer<typeof NotificationStatusSchema>;

export const NotificationSchema = z.object({
  id: IdSchema,
  kind: NotificationKindSchema,
  channel: z.string(),
  phoneMasked: z.string(),
  /** The message as sent. Only the development provider shows one-time codes; others see them blanked. */
  text: z.string(),
  status: NotificationStatusSchema,
  provider: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: InstantSchema,
  sentAt: InstantSchema.nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListQuerySchema = z.strictObject({
  kind: NotificationKindSchema.optional(),
  status: NotificationStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuerySchema>;
export const NotificationListResponseSchema = z.object({
  notifications: z.array(NotificationSchema),
  total: z.number().int(),
  /** Which provider delivers messages in this deployment ("dev" keeps them here only). */
  provider: z.string(),
});
export type NotificationListResponse = z.infer<typeof NotificationListResponseSchema>;

/** A follow-up reminder sent to a placed worker from the "follow-ups due" list. */
export const ReminderResponseSchema = z.object({ notification: z.object({ id: IdSchema, status: NotificationStatusSchema }) });
export type ReminderResponse = z.infer<typeof ReminderResponseSchema>;

/** POST /api/notifications/employer-reminders: queue the month's reminders now (default: this month in China). */
export const EmployerRemindersRequestSchema = z.strictObject({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "月份格式应为 YYYY-MM")
    .optional(),
});
export type EmployerRemindersRequest = z.infer<typeof EmployerRemindersRequestSchema>;
/** `queued: 0` when that month's reminders were already queued (by this call or by the monthly job). */
export const EmployerRemindersResponseSchema = z.object({ month: z.string(), queued: z.number().int() });
export type EmployerRemindersResponse = z.infer<typeof EmployerRemindersResponseSchema>;
