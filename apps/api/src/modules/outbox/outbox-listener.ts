// LISTEN on a dedicated connection so a relay wakes the moment an outbox row commits.
// Only a wake-up hint: polling still finds every event if a notification is lost or the
// connection drops (it is re-opened after a pause).
import pg from "pg";
import type { Logger } from "../../lib/logger.ts";
import { OUTBOX_CHANNEL } from "./outbox.repository.ts";

const RECONNECT_MS = 2_000;

export async function listenForOutbox(input: { databaseUrl: string; logger: Logger; onNotify: () => void }): Promise<() => Promise<void>> {
  const { databaseUrl, logger, onNotify } = input;
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("notification", () => onNotify());
    next.on("error", (error) => {
      logger.warn({ err: error.message }, "outbox LISTEN connection lost; polling until it is back");
      void next.end().catch(() => {});
      if (client === next) client = null;
      scheduleReconnect();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      void next.end().catch(() => {});
      throw error;
    }
    if (stopped) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    // Events may have committed while we were not listening.
    onNotify();
  }

  function scheduleReconnect(): void {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect().catch((error: Error) => {
        logger.warn({ err: error.message }, "outbox LISTEN reconnect failed");
        scheduleReconnect();
      });
    }, RECONNECT_MS);
    retry.unref();
  }

  try {
    await connect();
  } catch (error) {
    logger.warn({ err: (error as Error).message }, "outbox LISTEN unavailable; polling only");
    scheduleReconnect();
  }

  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const current = client;
    client = null;
    await current?.end().catch(() => {});
  };
}
