// The outbox handler of "notification.send": decrypts the phone number, hands the message to
// the provider and records the outcome. Idempotent: only PENDING rows are sent, so a retried
// batch skips what already went out. A provider failure is counted on the row and rethrown,
// so the relay retries the batch with backoff; after maxAttempts the row is FAILED for good.
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import type { Logger } from "../../lib/logger.ts";
import type { OutboxHandler } from "../outbox/index.ts";
import type { NotificationProvider } from "./notification-provider.ts";
import { NOTIFICATION_SEND } from "./notification-queue.repository.ts";
import type { NotificationsRepository } from "./notifications.repository.ts";

/**
 * With the relay's backoff (0.25 s doubling, capped at 30 s) the last try comes about 90 s after
 * the first: long enough to ride out a gateway hiccup, short enough that a code is still valid.
 */
export const MAX_NOTIFICATION_ATTEMPTS = 10;

const MAX_ERROR_LENGTH = 500;

/** A gateway's error may quote the number it refused: it must not reach the table or the logs. */
function describeError(error: unknown, phone: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(phone).join("[手机号]").slice(0, MAX_ERROR_LENGTH);
}

export function createNotificationDeliveryHandlers(deps: {
  notifications: NotificationsRepository;
  fieldCrypto: FieldCrypto;
  provider: NotificationProvider;
  logger: Logger;
  maxAttempts?: number;
}): Record<string, OutboxHandler> {
  const { notifications, fieldCrypto, provider } = deps;
  const maxAttempts = deps.maxAttempts ?? MAX_NOTIFICATION_ATTEMPTS;
  const log = deps.logger.child({ component: "notifications", provider: provider.name });

  function readPhone(cipher: Uint8Array | null): string | null {
    if (!cipher) return null;
    try {
      return fieldCrypto.decrypt(cipher);
    } catch {
      return null;
    }
  }

  /** Returns false when the message should be tried again later. */
  async function deliver(id: string): Promise<boolean> {
    const row = await notifications.findPending(id);
    if (!row) return true;
    const phone = readPhone(await notifications.findPhoneCipher(row));
    if (!phone) {
      // No retry can help: the record is gone or sealed under another key.
      await notifications.markUndeliverable(id, "收件人手机号不可用");
      log.warn({ notificationId: id }, "notification has no readable recipient; given up");
      return true;
    }
    try {
      const { providerMessageId } = await provider.send({ notificationId: id, kind: row.kind, to: phone, text: row.text });
      await notifications.markSent(id, { provider: provider.name, providerMessageId: providerMessageId ?? null });
      return true;
    } catch (error) {
      const message = describeError(error, phone);
      const status = await notifications.recordFailure(id, { provider: provider.name, error: message, maxAttempts });
      if (status === "PENDING") {
        log.warn({ notificationId: id, attempts: row.attempts + 1, err: message }, "notification not delivered; will retry");
        return false;
      }
      if (status === "FAILED") log.error({ notificationId: id, attempts: maxAttempts, err: message }, "notification failed for good");
      return true;
    }
  }

  return {
    [NOTIFICATION_SEND]: async ({ aggregateIds }) => {
      let retry = 0;
      // One at a time: a gateway's rate limit is easier to respect than to recover from.
      for (const id of aggregateIds) if (!(await deliver(id))) retry += 1;
      if (retry > 0) throw new Error(`${retry} notification(s) not delivered; retrying`);
    },
  };
}
