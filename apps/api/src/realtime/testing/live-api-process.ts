// One API process as production runs it (createApp + Socket.IO on the PostgreSQL adapter),
// on a free port, for the cross-process live test and `pnpm bench checkin`. Announces
// {"port":…} on stdout (and over IPC when forked); stops on SIGTERM or an IPC {stop:true}.
// With BARE_INSERT=1 it also serves the benchmark's baseline: POST /bare/fairs/:id/checkins,
// the same row written to the same table (check_ins: same keys, indexes and foreign keys) by
// one raw pg INSERT, with no session, validation, idempotency or events. With BARE_READS=1,
// GET /bare/positions/:id and /bare/fairs/:id: one primary-key SELECT each (`pnpm bench api`).
import fs from "node:fs";
import http from "node:http";
import inspector from "node:inspector";
import type { AddressInfo } from "node:net";
import express from "express";
import pg from "pg";
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

const POOL_SIZE = 10;
const databaseUrl = need("DATABASE_URL");
const db = createPrismaClient(databaseUrl, { poolSize: POOL_SIZE });
const { app, attachRealtime } = createApp({
  db,
  search: createSearchClient(process.env.MEILI_URL ?? "http://127.0.0.1:9", process.env.MEILI_MASTER_KEY),
  fieldCrypto: createFieldCrypto(need("DATA_ENCRYPTION_KEY")),
  logger: createLogger(process.env.LOG_LEVEL ?? "warn"),
  config: {
    session: { idleMinutes: 60, absoluteHours: 12, maxLoginFailures: 5, loginWindowMinutes: 15 },
    trustProxy: 0,
    stableEmploymentMonths: 3,
  },
});

const outer = express();
const server = http.createServer(outer);
const realtime = attachRealtime(server, { databaseUrl });
// How many API processes this one's adapter has heard from: the cross-process test waits for 2.
outer.get("/__test/live-servers", async (_req, res) => {
  res.json({ servers: await realtime.io.of("/live").adapter.serverCount() });
});

const bareReads = process.env.BARE_READS === "1";
const barePool = process.env.BARE_INSERT === "1" || bareReads ? new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE }) : null;
// With BARE_READS=1, the baselines of `pnpm bench api`: one primary-key SELECT by raw pg,
// the row sent as JSON — no session, validation, response schema, logging or helmet.
if (barePool && bareReads) {
  for (const table of ["positions", "fairs"]) {
    outer.get(`/bare/${table}/:id`, async (req, res) => {
      const { rows } = await barePool.query(`SELECT * FROM ${table} WHERE id = $1`, [req.params.id]);
      if (rows.length === 0) res.status(404).end();
      else res.json({ row: rows[0] });
    });
  }
}
if (barePool && process.env.BARE_INSERT === "1") {
  outer.post("/bare/fairs/:id/checkins", express.json(), async (req, res) => {
    const { rows } = await barePool.query(
      `INSERT INTO check_ins (id, "fairId", "seekerId", "clientRequestId", "at") VALUES (gen_random_uuid(), $1, $2, $3, now()) RETURNING id, "at"`,
      [req.params.id, req.body.seekerId, req.body.clientRequestId],
    );
    res.status(201).json({ checkIn: rows[0] });
  });
}
outer.use(app);

// PORT: a process restarted after a crash comes back where its clients expect it (fault tests).
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const port = (server.address() as AddressInfo).port;
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  process.send?.({ ready: true, port });
});

async function stop() {
  await realtime.close();
  await barePool?.end();
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGTERM", stop);
// The benchmark asks for CPU time around each burst (per-request cost, free of other
// processes' noise) and, with BENCH_PROFILE_DIR, for a V8 CPU profile of one burst.
let profiler: inspector.Session | null = null;
process.on("message", (message: { stop?: boolean; cpu?: boolean; profileStart?: boolean; profileSave?: string }) => {
  if (message.stop) void stop();
  if (message.cpu) process.send?.({ cpu: process.cpuUsage() });
  if (message.profileStart) {
    profiler = new inspector.Session();
    profiler.connect();
    profiler.post("Profiler.enable", () => profiler?.post("Profiler.start"));
  }
  if (message.profileSave && profiler) {
    const file = message.profileSave;
    profiler.post("Profiler.stop", (error, result) => {
      if (!error) fs.writeFileSync(file, JSON.stringify(result.profile));
      process.send?.({ profileSaved: file });
    });
  }
});
