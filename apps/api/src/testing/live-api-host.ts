// One API as production builds it (createApp + Socket.IO on the PostgreSQL adapter) behind an
// outer Express app, for tests and benchmarks that run it in a child process of its own
// (tests/support/live-api-process.ts). Configured by its caller: this file reads no environment.
// The outer app adds one test route, GET /__test/live-servers (how many API processes this
// one's adapter has heard from), and whatever routes the caller mounts ahead of the API.
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createApp } from "../app.ts";
import { createFieldCrypto } from "../lib/field-crypto.ts";
import { createLogger } from "../lib/logger.ts";
import { createPrismaClient } from "../lib/prisma.ts";
import { createSearchClient } from "../lib/search-client.ts";

export interface LiveApiHostOptions {
  databaseUrl: string;
  dataEncryptionKey: string;
  meili: { url: string; masterKey?: string };
  logLevel: string;
  /** The Prisma pool's size. */
  poolSize: number;
  /** Routes served before the API's own; `json` is Express's JSON body parser. */
  mountFirst?: (outer: express.Express, tools: { json: typeof express.json }) => void;
}

export interface LiveApiHost {
  /** Listens on loopback (0: a free port) and answers the port. */
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

export function createLiveApiHost(options: LiveApiHostOptions): LiveApiHost {
  const db = createPrismaClient(options.databaseUrl, { poolSize: options.poolSize });
  const { app, attachRealtime } = createApp({
    db,
    search: createSearchClient(options.meili.url, options.meili.masterKey),
    fieldCrypto: createFieldCrypto(options.dataEncryptionKey),
    logger: createLogger(options.logLevel),
    config: {
      session: { idleMinutes: 60, absoluteHours: 12, maxLoginFailures: 5, loginWindowMinutes: 15 },
      trustProxy: 0,
      stableEmploymentMonths: 3,
    },
  });

  const outer = express();
  const server = http.createServer(outer);
  const realtime = attachRealtime(server, { databaseUrl: options.databaseUrl });
  // The cross-process test waits until every process has heard from the others.
  outer.get("/__test/live-servers", async (_req, res) => {
    res.json({ servers: await realtime.io.of("/live").adapter.serverCount() });
  });
  options.mountFirst?.(outer, { json: express.json });
  outer.use(app);

  return {
    listen: (port) => new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port))),
    async close() {
      await realtime.close();
      await db.$disconnect();
    },
  };
}
