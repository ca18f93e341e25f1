// How messages leave the platform. One provider per deployment, chosen by the env var
// NOTIFICATION_PROVIDER. Only the development provider is built in; a real SMS gateway or
// WeChat template-message provider is one more entry in PROVIDERS (see README "Notifications").
import type { NotificationKind } from "@xiezuo/contracts";
import type { Env } from "../../env.ts";

export interface NotificationMessage {
  notificationId: string;
  kind: NotificationKind;
  /** The raw phone number, decrypted just for this call: never log or store it. */
  to: string;
  text: string;
}

export interface NotificationProvider {
  /** Recorded on each sent notification; "dev" also tells the outbox page it may show codes. */
  readonly name: string;
  /**
   * Delivers one message or throws (the outbox retries with backoff). Called at least once
   * per notification: pass notificationId to the gateway as an idempotency key if it has one.
   */
  send(message: NotificationMessage): Promise<{ providerMessageId?: string }>;
}

export const DEV_PROVIDER_NAME = "dev";

/**
 * Sends nothing anywhere: the message stays in the notifications table, where ADMIN reads it
 * (短信发件箱), so the demo and tests work without an SMS account.
 */
export function createDevNotificationProvider(): NotificationProvider {
  return {
    name: DEV_PROVIDER_NAME,
    async send() {
      return {};
    },
  };
}

/** Each factory reads its own settings (gateway URL, keys, template ids) from the parsed env. */
const PROVIDERS: Record<string, (env: Env) => NotificationProvider> = {
  [DEV_PROVIDER_NAME]: () => createDevNotificationProvider(),
};

/** The provider named by NOTIFICATION_PROVIDER; an unknown name stops the start-up. */
export function createNotificationProvider(env: Env): NotificationProvider {
  const name = env.NOTIFICATION_PROVIDER;
  const create = PROVIDERS[name];
  if (!create) {
    throw new Error(`NOTIFICATION_PROVIDER="${name}" is not a known provider (known: ${Object.keys(PROVIDERS).join(", ")})`);
  }
  return create(env);
}
