// The platform as the demo runs it (demo data, built web app, same origin), on a
// free loopback port, against a fresh test database.
import http from "node:http";
import path from "node:path";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { createLogger } from "../../apps/api/src/lib/logger.ts";
import { hashPassword } from "../../apps/api/src/lib/password.ts";
import { sealIdentity } from "../../apps/api/src/lib/personal-data.ts";
import { createOutboxRelay } from "../../apps/api/src/modules/outbox/index.ts";
import { createSearchSync } from "../../apps/api/src/runtime/search-sync.ts";
import { createTestApp } from "../../apps/api/src/testing/test-app.ts";
import { seedDemo } from "../../prisma/seed/seed-demo.ts";

export async function startDemoServer(options: { skipSearchCatchUp?: boolean } = {}) {
  const t = await createTestApp({ webDistDir: path.join(PROJECT_ROOT, "apps/web/dist") });
  const seeded = await seedDemo(t.db, { sealIdentity: (input) => sealIdentity(t.fieldCrypto, input), hashPassword });
  // Search follows the database as in start-server.ts: the outbox relay, and a first fill of
  // the index with the seeded positions (awaited, so journeys can search straight away).
  const logger = createLogger("warn");
  const searchSync = createSearchSync({ db: t.db, search: t.search, index: t.positionIndex, logger });
  const relay = createOutboxRelay({
    db: t.db,
    handlers: { ...searchSync.handlers, ...t.notificationHandlers },
    logger,
    instanceId: "demo-server",
    databaseUrl: t.databaseUrl,
  });
  await relay.start();
  // A journey about the index being filled drives the rebuild itself.
  if (!options.skipSearchCatchUp) await searchSync.catchUpOnStart();
  const server = http.createServer(t.app);
  // Live fair screens (Socket.IO /live), as start-server.ts attaches them.
  const realtime = t.attachRealtime(server, { databaseUrl: t.databaseUrl });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    ...t,
    ...seeded,
    searchSync,
    /** The live server, so a journey can drop its sockets and watch clients catch up. */
    realtime,
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      // Open WebSockets would otherwise hold server.close() forever.
      await realtime.close().catch(() => {});
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await searchSync.stop();
      await relay.stop();
      await t.close();
    },
  };
}
