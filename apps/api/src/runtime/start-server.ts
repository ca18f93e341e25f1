// Boots the whole platform: backing services, migrations, optional demo data, HTTP.
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createApp } from "../app.ts";
import type { Env } from "../env.ts";
import { createFieldCrypto } from "../lib/field-crypto.ts";
import { createLogger } from "../lib/logger.ts";
import { createPrismaClient } from "../lib/prisma.ts";
import { createSearchClient } from "../lib/search-client.ts";
import { createNotificationProvider } from "../modules/notifications/index.ts";
import { createOutboxRelay, type OutboxRelay } from "../modules/outbox/index.ts";
import { startBackingServices } from "./backing-services.ts";
import { seedDemoIfEmpty } from "./demo-data.ts";
import { migrateDeploy, runPrisma } from "./migrate.ts";
import { createSearchSync, type SearchSync } from "./search-sync.ts";

export interface StartOptions {
  demo: boolean;
  reset: boolean;
}

function resetLocalData(dataDir: string): void {
  for (const entry of ["postgres", "meilisearch/data.ms", "meilisearch/dumps", "secrets.json"]) {
    fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
  }
}

export async function startServer(env: Env, options: StartOptions) {
  const started = Date.now();
  const logger = createLogger(env.LOG_LEVEL);
  // Before anything starts: a misspelt provider must stop the start-up, not lose messages later.
  const notificationProvider = createNotificationProvider(env);
  if (options.reset && !env.DATABASE_URL) resetLocalData(env.DATA_DIR);

  const services = await startBackingServices(env, logger, { allowGeneratedKey: options.demo });
  const db = createPrismaClient(services.databaseUrl);
  let server: http.Server | undefined;
  let realtime: { close(): Promise<void> } | undefined;
  let relay: OutboxRelay | undefined;
  let searchSync: SearchSync | undefined;
  let reminders: { stop(): Promise<void> } | undefined;

  const stop = async () => {
    // Closes the live sockets first: open WebSockets would otherwise hold server.close() forever.
    await realtime?.close().catch(() => {});
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    // Unprocessed outbox events stay in the table for the next start (or another process).
    await searchSync?.stop().catch(() => {});
    await reminders?.stop().catch(() => {});
    await relay?.stop().catch(() => {});
    await db.$disconnect().catch(() => {});
    await services.stop();
  };

  try {
    if (options.reset && env.DATABASE_URL)
      await runPrisma(["migrate", "reset", "--force", "--skip-seed", "--skip-generate"], services.databaseUrl);
    await migrateDeploy(services.databaseUrl);
    const fieldCrypto = createFieldCrypto(services.dataEncryptionKey);
    if (options.demo) await seedDemoIfEmpty(db, fieldCrypto, logger);

    const search = createSearchClient(services.meiliUrl, services.meiliKey);
    const { app, attachRealtime, positionIndex, seekerIndex, notificationHandlers, employerReminderJob } = createApp({
      db,
      search,
      fieldCrypto,
      logger,
      notificationProvider,
      config: {
        session: {
          idleMinutes: env.SESSION_IDLE_MINUTES,
          absoluteHours: env.SESSION_ABSOLUTE_HOURS,
          maxLoginFailures: env.LOGIN_MAX_FAILURES,
          loginWindowMinutes: env.LOGIN_WINDOW_MINUTES,
        },
        trustProxy: env.TRUST_PROXY,
        webDistDir: env.WEB_DIST_DIR,
        stableEmploymentMonths: env.STABLE_EMPLOYMENT_MONTHS,
        publicBaseUrl: env.PUBLIC_BASE_URL,
      },
    });
    // The search indexes follow the database through the outbox; Meilisearch may be down now.
    searchSync = createSearchSync({ db, search, index: positionIndex, seekerIndex, logger, awaitAppliedMs: 60_000 });
    relay = createOutboxRelay({
      db,
      handlers: { ...searchSync.handlers, ...notificationHandlers },
      logger,
      instanceId: `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`,
      databaseUrl: services.databaseUrl,
    });
    await relay.start();
    // The monthly reminder to employers: every process ticks, PostgreSQL lets one run per month queue.
    reminders = employerReminderJob;
    await employerReminderJob.start();
    // Rows written without events (a fresh demo) reach the indexes here. Listening waits until
    // the catch-up has told the database whether an index is incomplete (health says so), but
    // not for the rebuild itself, nor for long when Meilisearch is down.
    void searchSync.catchUpOnStart();
    await Promise.race([searchSync.firstDecision(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);

    server = http.createServer(app);
    realtime = attachRealtime(server, { databaseUrl: services.databaseUrl });
    const listening = server;
    await new Promise<void>((resolve, reject) => {
      listening.once("error", reject);
      listening.listen(env.PORT, env.HOST, () => resolve());
    });
    const address = listening.address();
    const port = typeof address === "object" && address ? address.port : env.PORT;
    return { url: `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${port}`, startupMs: Date.now() - started, logger, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
