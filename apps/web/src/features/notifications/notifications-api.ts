import {
  type NotificationKind,
  type NotificationListResponse,
  NotificationListResponseSchema,
  type ReminderResponse,
  ReminderResponseSchema,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

export const OUTBOX_PAGE_SIZE = 50;

/** The message queue, newest first (ADMIN): phone numbers come masked. */
export function listOutbox(
  filter: { kind: NotificationKind | null; offset: number },
  signal?: AbortSignal,
): Promise<NotificationListResponse> {
  const query = new URLSearchParams({ limit: String(OUTBOX_PAGE_SIZE), offset: String(filter.offset) });
  if (filter.kind) query.set("kind", filter.kind);
  return requestJson(`/api/notifications/outbox?${query}`, NotificationListResponseSchema, { signal });
}

/** A follow-up reminder text message to the worker of a placement (from the follow-ups due list). */
export function sendFollowUpReminder(placementId: string): Promise<ReminderResponse> {
  return requestJson(`/api/placements/${encodeURIComponent(placementId)}/reminders`, ReminderResponseSchema, {
    method: "POST",
    errorMessages: { NOT_FOUND: "没有找到这条就业记录" },
  });
}
