// One API process for the cross-process live test: the real createApp with Socket.IO and
// the PostgreSQL adapter on a free port. Prints {"port":…} once listening; stops on SIGTERM.
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createApp } from "../../app.ts";
import { createFieldCrypto } from "../../lib/field-crypto.ts";
import { createLogger } from "../../lib/logger.ts";
import { createPrismaClient } from "../../lib/prisma.ts";
import { createSearchClient } from "../../lib/search-client.ts";

const need = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const databaseUrl = need("DATABASE_URL");
const db = createPrismaClient(databaseUrl, { poolSize: 4 });
const { app, attachRealtime } = createApp({
  db,
  search: createSearchClient(need("MEILI_URL"), process.env.MEILI_MASTER_KEY),
  fieldCrypto: createFieldCrypto(need("DATA_ENCRYPTION_KEY")),
  logger: createLogger("warn"),
  config: {
    session: { idleMinutes: 30, absoluteHours: 12, maxLoginFailures: 5, loginWindowMinutes: 15 },
    trustProxy: 0,
    stableEmploymentMonths: 3,
  },
});

// How many API processes this one's adapter has heard from: the test waits for 2.
const outer = express();
const server = http.createServer(outer);
const realtime = attachRealtime(server, { databaseUrl });
outer.get("/__test/live-servers", async (_req, res) => {
  res.json({ servers: await realtime.io.of("/live").adapter.serverCount() });
});
outer.use(app);

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});

process.on("SIGTERM", async () => {
  await realtime.close();
  await db.$disconnect();
  process.exit(0);
});
