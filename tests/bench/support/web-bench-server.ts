// The platform as the demo runs it, for `pnpm bench web`: a throwaway PostgreSQL and
// Meilisearch, the Guzhang demo data with its positions indexed, and one HTTP server on
// loopback serving the API, Socket.IO and the built web app on the same origin.
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createApp } from "../../../apps/api/src/app.ts";
import { PROJECT_ROOT } from "../../../apps/api/src/env.ts";
import { startEmbeddedMeilisearch } from "../../../apps/api/src/infra/embedded-meilisearch.ts";
import { createFieldCrypto, generateMasterKey } from "../../../apps/api/src/lib/field-crypto.ts";
import { createLogger } from "../../../apps/api/src/lib/logger.ts";
import { hashPassword } from "../../../apps/api/src/lib/password.ts";
import { sealIdentity } from "../../../apps/api/src/lib/personal-data.ts";
import { createPrismaClient } from "../../../apps/api/src/lib/prisma.ts";
import { createSearchClient } from "../../../apps/api/src/lib/search-client.ts";
import { createSearchSync } from "../../../apps/api/src/runtime/search-sync.ts";
import { seedDemo } from "../../../prisma/seed/seed-demo.ts";
import { startBenchDatabase, withDeadline } from "../bench-database.ts";

export const WEB_DIST_DIR = path.join(PROJECT_ROOT, "apps/web/dist");

export interface WebBenchServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startWebBenchServer(distDir = WEB_DIST_DIR): Promise<WebBenchServer> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => {});
  };
  try {
    const database = await startBenchDatabase("web");
    stops.push(() => database.stop());
    const meiliDir = fs.mkdtempSync(path.join(PROJECT_ROOT, ".tmp", "bench-web-meili-"));
    const meili = await startEmbeddedMeilisearch({ dir: meiliDir, masterKey: crypto.randomBytes(16).toString("hex") });
    stops.push(async () => {
      await meili.stop();
      fs.rmSync(meiliDir, { recursive: true, force: true });
    });
    const db = createPrismaClient(database.url, { poolSize: 4 });
    stops.push(() => db.$disconnect());

    const fieldCrypto = createFieldCrypto(generateMasterKey());
    await seedDemo(db, { sealIdentity: (input) => sealIdentity(fieldCrypto, input), hashPassword });
    const search = createSearchClient(meili.url, meili.masterKey);
    const logger = createLogger("warn");
    const { app, attachRealtime, positionIndex } = createApp({
      db,
      search,
      fieldCrypto,
      logger,
      config: {
        session: { idleMinutes: 60, absoluteHours: 12, maxLoginFailures: 5, loginWindowMinutes: 15 },
        trustProxy: 0,
        webDistDir: distDir,
        stableEmploymentMonths: 3,
      },
    });
    const sync = createSearchSync({ db, search, index: positionIndex, logger });
    await withDeadline(sync.catchUpOnStart(), 120_000, "indexing the demo positions");
    await sync.stop();

    const server = http.createServer(app);
    const realtime = attachRealtime(server, { databaseUrl: database.url });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    stops.push(async () => {
      await realtime.close().catch(() => {});
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
    return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
