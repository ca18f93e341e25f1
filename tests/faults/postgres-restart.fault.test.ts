// Fault (c): PostgreSQL stops and starts again under a running API (the production entry
// point, apps/api/src/main.ts, in a child process). The API is never restarted: health
// says the database is down, then ok; the old session cookie, reads and writes work again;
// the live socket opened before the outage is still connected and hears the next check-in;
// the outbox relay indexes a position created after the outage.
import fs from "node:fs";
import path from "node:path";
import type { CheckInCreatedEvent, FairJoinAck, LiveClientToServerEvents, LiveServerToClientEvents } from "@xiezuo/contracts";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { type RunningPostgres, startEmbeddedPostgres } from "../../apps/api/src/infra/embedded-postgres.ts";
import { findFreePort } from "../../apps/api/src/infra/free-port.ts";
import { createFieldCrypto, generateMasterKey } from "../../apps/api/src/lib/field-crypto.ts";
import { createPrismaClient } from "../../apps/api/src/lib/prisma.ts";
import { createEmployer, createFair, createSeeker, createUser } from "../../apps/api/src/testing/factories.ts";
import { waitFor } from "../../apps/api/src/testing/wait-for.ts";
import { type ApiProcess, MAIN, startApiProcess } from "./support/api-process.ts";
import { signInCookie } from "./support/sign-in-cookie.ts";

type LiveClient = Socket<LiveServerToClientEvents, LiveClientToServerEvents>;

const DATABASE = "xiezuo_faults";
const masterKey = generateMasterKey();
let dir: string;
let pgPort: number;
let postgres: RunningPostgres;
let api: ApiProcess | undefined;
let live: LiveClient | undefined;

beforeAll(async () => {
  // A PostgreSQL cluster of this file's own: the one every other test uses must keep running.
  dir = fs.mkdtempSync(path.join(PROJECT_ROOT, ".tmp", "pg-restart-"));
  fs.chmodSync(dir, 0o755);
  pgPort = await findFreePort();
  postgres = await startEmbeddedPostgres({ dir: path.join(dir, "postgres"), database: DATABASE, fast: true, port: pgPort });
});
afterAll(async () => {
  live?.disconnect();
  await api?.kill("SIGTERM");
  await postgres?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call(method: string, url: string, cookie: string, body?: unknown) {
  const res = await fetch(url, {
    method,
    headers: { Cookie: cookie, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** A GET while waiting: a request that gets no answer at all counts as status 0, and the wait goes on. */
const probe = (url: string) => call("GET", url, "").catch((error: Error) => ({ status: 0, body: { error: error.message } }));
/** Polls at a pace a child process under test can bear; a timeout shows its output. */
const patiently = { intervalMs: 200, explain: () => api?.output() ?? "" };

describe("PostgreSQL restarts under a running API", { timeout: 150_000 }, () => {
  it("recovers without restarting the API: health down then ok, the session, reads, writes, live events and search work again", async () => {
    api = await startApiProcess({
      script: MAIN,
      port: await findFreePort(),
      env: {
        DATABASE_URL: postgres.url,
        MEILI_URL: inject("meiliUrl"),
        MEILI_MASTER_KEY: inject("meiliKey"),
        DATA_ENCRYPTION_KEY: masterKey,
        DATA_DIR: path.join(dir, "data"),
        WEB_DIST_DIR: path.join(dir, "no-web"),
        LOG_LEVEL: "warn",
      },
    });
    // main.ts has applied the migrations at start-up.
    const seed = createPrismaClient(postgres.url, { poolSize: 2 });
    const admin = await createUser(seed, { role: "ADMIN" });
    const fair = await createFair(seed, { status: "OPEN" });
    const employer = await createEmployer(seed);
    const [before, after] = [
      await createSeeker(seed, createFieldCrypto(masterKey)),
      await createSeeker(seed, createFieldCrypto(masterKey)),
    ];
    await seed.$disconnect();
    const cookie = await signInCookie(api.url, admin.username, admin.password);
    const checkIn = (seekerId: string, clientRequestId: string) =>
      call("POST", `${api!.url}/api/fairs/${fair.id}/checkins`, cookie, { seekerId, clientRequestId });
    expect((await checkIn(before.id, "pg-restart-1")).status).toBe(201);

    live = connect(`${api.url}/live`, { transports: ["websocket"], extraHeaders: { Cookie: cookie }, reconnection: false, forceNew: true });
    await new Promise<void>((resolve, reject) => {
      live!.once("connect", () => resolve());
      live!.once("connect_error", reject);
    });
    expect(await new Promise<FairJoinAck>((resolve) => live!.emit("fair:join", { fairId: fair.id }, resolve))).toEqual({ ok: true });

    // The outage.
    await postgres.stop();
    const down = await waitFor(
      () => probe(`${api!.url}/api/health`),
      (r) => r.status === 503,
      "health to report the database down",
      15_000,
      patiently,
    );
    expect(down.body).toMatchObject({ status: "unavailable", db: "down" });
    // Requests get an answer (503 "try again", not a hang or a 500), and the process stays up.
    const during = await call("GET", `${api.url}/api/auth/me`, cookie);
    expect(during.status).toBe(503);
    expect(during.body.error.code).toBe("DATABASE_UNAVAILABLE");
    const refusedCheckIn = await checkIn(after.id, "pg-restart-2");
    expect([refusedCheckIn.status, refusedCheckIn.body.error?.code]).toEqual([503, "DATABASE_UNAVAILABLE"]);
    expect(api.alive()).toBe(true);

    // PostgreSQL comes back on the same port with the same data; the API is not touched.
    const restartedAt = Date.now();
    postgres = await startEmbeddedPostgres({ dir: path.join(dir, "postgres"), database: DATABASE, fast: true, port: pgPort });
    const healthy = await waitFor(
      () => probe(`${api!.url}/api/health`),
      (r) => r.status === 200,
      "health to report the database ok",
      30_000,
      patiently,
    );
    console.log(
      `PostgreSQL restart: the API reports db ok ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after PostgreSQL was told to start`,
    );
    expect(healthy.body).toMatchObject({ status: "ok", db: "ok" });
    expect(api.alive()).toBe(true);

    // The session from before the outage, a read and a write.
    expect((await call("GET", `${api.url}/api/auth/me`, cookie)).body.user.id).toBe(admin.id);
    expect((await call("GET", `${api.url}/api/fairs/${fair.id}`, cookie)).status).toBe(200);
    const heard = new Promise<CheckInCreatedEvent>((resolve) => live!.once("checkin:created", resolve));
    // The attempt during the outage wrote nothing: this one creates the check-in.
    const retried = await checkIn(after.id, "pg-restart-2");
    expect(retried.status).toBe(201);
    expect(live.connected).toBe(true);
    expect((await heard).checkInIds).toEqual([retried.body.checkIn.id]);

    const position = await call("POST", `${api.url}/api/positions`, cookie, {
      employerId: employer.id,
      title: "恢复后发布的焊工岗位",
      description: "数据库重启之后发布，应当可以被搜索到。",
      openings: 3,
      wageMin: 5000,
      wageMax: 7000,
      city: "济南",
      foodProvided: true,
      lodgingProvided: true,
    });
    expect(position.status).toBe(201);
    const found = await waitFor(
      () => probe(`${api!.url}/api/search/positions?q=${encodeURIComponent("焊工")}`),
      (r) => r.status === 200 && r.body.hits.some((h: { id: string }) => h.id === position.body.position.id),
      "the new position to be searchable",
      60_000,
      patiently,
    );
    expect(found.status).toBe(200);
    expect(api.alive()).toBe(true);
  });
});
