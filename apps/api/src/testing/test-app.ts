// An app wired exactly as in production, against a fresh database and the run's
// real Meilisearch. Logs are captured so tests can check what was written.
import { Writable } from "node:stream";
import { inject } from "vitest";
import "./provided-context.ts";
import { type AppDeps, createApp } from "../app.ts";
import type { Clock } from "../lib/clock.ts";
import { createFieldCrypto, generateMasterKey } from "../lib/field-crypto.ts";
import { createLogger } from "../lib/logger.ts";
import { createSearchClient } from "../lib/search-client.ts";
import { createTestDatabase } from "./test-database.ts";

export const TEST_SESSION_POLICY = { idleMinutes: 30, absoluteHours: 12, maxLoginFailures: 5, loginWindowMinutes: 15 };

export async function createTestApp(
  options: {
    clock?: Clock;
    session?: Partial<AppDeps["config"]["session"]>;
    webDistDir?: string;
    stableEmploymentMonths?: number;
    /** Another Meilisearch than the run's shared one (e.g. one a test stops and restarts). */
    meili?: { url: string; key: string };
    /** Another provider than the development one (e.g. a flaky one, to prove retries). */
    notificationProvider?: AppDeps["notificationProvider"];
  } = {},
) {
  const database = await createTestDatabase();
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const fieldCrypto = createFieldCrypto(generateMasterKey());
  const search = createSearchClient(options.meili?.url ?? inject("meiliUrl"), options.meili?.key ?? inject("meiliKey"));
  const { app, registry, attachRealtime, liveEvents, checkInAnnouncer, positionIndex, seekerIndex, notificationHandlers } = createApp({
    db: database.db,
    search,
    fieldCrypto,
    logger: createLogger("info", sink),
    clock: options.clock,
    notificationProvider: options.notificationProvider,
    config: {
      session: { ...TEST_SESSION_POLICY, ...options.session },
      trustProxy: 0,
      webDistDir: options.webDistDir,
      stableEmploymentMonths: options.stableEmploymentMonths ?? 3,
      // Test files run in parallel against one Meilisearch: each app gets its own index.
      searchIndexUid: `positions_${new URL(database.url).pathname.slice(1)}`,
    },
  });
  return {
    app,
    registry,
    attachRealtime,
    liveEvents,
    checkInAnnouncer,
    positionIndex,
    seekerIndex,
    notificationHandlers,
    search,
    db: database.db,
    databaseUrl: database.url,
    fieldCrypto,
    logs,
    close: database.drop,
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
