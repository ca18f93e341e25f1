// Boots the whole platform: backing services, migrations, optional demo data, HTTP.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createApp } from "../app.ts";
import type { Env } from "../env.ts";
import { createFieldCrypto } from "../lib/field-crypto.ts";
import { createLogger } from "../lib/logger.ts";
import { createPrismaClient } from "../lib/prisma.ts";
import { createSearchClient } from "../lib/search-client.ts";
import { startBackingServices } from "./backing-services.ts";
import { seedDemoIfEmpty } from "./demo-data.ts";
import { migrateDeploy, runPrisma } from "./migrate.ts";

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
  if (options.reset && !env.DATABASE_URL) resetLocalData(env.DATA_DIR);

  const services = await startBackingServices(env, logger, { allowGeneratedKey: options.demo });
  const db = createPrismaClient(services.databaseUrl);
  let server: http.Server | undefined;

  const stop = async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db.$disconnect().catch(() => {});
    await services.stop();
  };

  try {
    if (options.reset && env.DATABASE_URL)
      await runPrisma(["migrate", "reset", "--force", "--skip-seed", "--skip-generate"], services.databaseUrl);
    await migrateDeploy(services.databaseUrl);
    const fieldCrypto = createFieldCrypto(services.dataEncryptionKey);
    if (options.demo) await seedDemoIfEmpty(db, fieldCrypto, logger);

    const { app } = createApp({
      db,
      search: createSearchClient(services.meiliUrl, services.meiliKey),
      fieldCrypto,
      logger,
      config: {
        session: {
          idleMinutes: env.SESSION_IDLE_MINUTES,
          absoluteHours: env.SESSION_ABSOLUTE_HOURS,
          maxLoginFailures: env.LOGIN_MAX_FAILURES,
          loginWindowMinutes: env.LOGIN_WINDOW_MINUTES,
        },
        trustProxy: env.TRUST_PROXY,
        webDistDir: env.WEB_DIST_DIR,
      },
    });
    server = http.createServer(app);
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
