// Fault (d): several hosts, not only several processes. Linux network namespaces joined by
// veth pairs to a bridge: PostgreSQL and Meilisearch on one host, two API hosts (the
// production entry point), and nginx as the load balancer with deploy/nginx/xiezuo.conf
// (WebSocket upgrade, no sticky sessions). Desks and dashboards are clients on the bridge.
// During a check-in burst through nginx one API host is killed with SIGKILL at 30 % and
// stays dead; desks retry through nginx with the same clientRequestId.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { createFieldCrypto, generateMasterKey } from "../../apps/api/src/lib/field-crypto.ts";
import { createPrismaClient, type Db } from "../../apps/api/src/lib/prisma.ts";
import { migrateDeploy } from "../../apps/api/src/runtime/migrate.ts";
import { createFair, createSeeker, createUser } from "../../apps/api/src/testing/factories.ts";
import { type ApiProcess, MAIN, startApiProcess } from "./support/api-process.ts";
import { tallyCheckIns } from "./support/checkin-tally.ts";
import { type Dashboard, openDashboard } from "./support/dashboard-client.ts";
import { startDatabaseHost } from "./support/database-host-process.ts";
import { type DeskResult, runDesk } from "./support/desk-client.ts";
import { type NginxHost, startNginxHost } from "./support/nginx-host.ts";
import { signInCookie } from "./support/sign-in-cookie.ts";
import { assertCanBuildHosts, buildHosts, removeHosts, type TestHost, writeHostsFile } from "./support/test-hosts.ts";

const HOST_NAMES = ["db", "api1", "api2", "lb"] as const;
const API_PORT = 3000;
const DESKS = 8;
const PER_DESK = 40;
const DASHBOARDS = 6;
/** The first API host is killed once this share of all check-ins has been acknowledged. */
const KILL_AT = 0.3;
const MEILI_KEY = "multi-host-master-key-0123456789";
const masterKey = generateMasterKey();
const fieldCrypto = createFieldCrypto(masterKey);

let hosts: Record<(typeof HOST_NAMES)[number], TestHost> | undefined;
let dir = "";
let databaseHost: ChildProcess | undefined;
let db: Db | undefined;
const apis: ApiProcess[] = [];
let lb: NginxHost | undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  assertCanBuildHosts();
  dir = fs.mkdtempSync(path.join(PROJECT_ROOT, ".tmp", "multi-host-"));
  fs.chmodSync(dir, 0o755);
  hosts = buildHosts(HOST_NAMES).hosts;
  const services = await startDatabaseHost(hosts.db, { dir: path.join(dir, "db"), meiliKey: MEILI_KEY });
  databaseHost = services.child;
  // Migrated from the clients' side, across the bridge: the API hosts then find nothing to do.
  await migrateDeploy(services.databaseUrl);
  db = createPrismaClient(services.databaseUrl, { poolSize: 5 });
  const env = {
    DATABASE_URL: services.databaseUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: MEILI_KEY,
    DATA_ENCRYPTION_KEY: masterKey,
    LOG_LEVEL: "warn",
    TRUST_PROXY: "1",
  };
  const started = await Promise.all(
    [hosts.api1, hosts.api2].map((host) =>
      startApiProcess({ script: MAIN, port: API_PORT, host, env: { ...env, DATA_DIR: path.join(dir, host.name) }, deadlineMs: 90_000 }),
    ),
  );
  apis.push(...started);
  writeHostsFile(
    hosts.lb,
    [hosts.api1, hosts.api2].map((h) => ({ address: h.address, name: "api" })),
  );
  lb = await startNginxHost(hosts.lb, path.join(dir, "nginx"));
}, 240_000);

afterAll(async () => {
  await db?.$disconnect();
  await lb?.stop();
  await Promise.all(apis.map((api) => api.kill("SIGTERM")));
  if (databaseHost && databaseHost.exitCode === null) {
    const exited = new Promise((resolve) => databaseHost!.once("exit", resolve));
    databaseHost.kill("SIGTERM");
    await Promise.race([exited, sleep(15_000)]);
  }
  removeHosts(HOST_NAMES);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** The address:port that finally served a logged request (the last one nginx tried). */
const servedBy = (upstreams: string[]) => upstreams.at(-1) ?? "";

describe("several hosts behind nginx, one API host lost mid-burst", { timeout: 180_000 }, () => {
  it("stores every check-in exactly once, keeps sessions, and every dashboard ends up with every check-in", async () => {
    if (!db || !lb || !hosts) throw new Error("the hosts were not built");
    const database = db;
    const balancer = lb;
    const [victim, survivor] = apis as [ApiProcess, ApiProcess];
    const survivorAddress = `${hosts.api2.address}:${API_PORT}`;
    const victimAddress = `${hosts.api1.address}:${API_PORT}`;

    const fair = await createFair(database, { status: "OPEN" });
    const seekers: { id: string }[] = [];
    for (let i = 0; i < DESKS * PER_DESK; i += 40) {
      seekers.push(...(await Promise.all(Array.from({ length: 40 }, () => createSeeker(database, fieldCrypto)))));
    }
    const clerks = await Promise.all(Array.from({ length: DESKS + 1 }, () => createUser(database, { role: "STAFF" })));
    const cookies = await Promise.all(clerks.map((u) => signInCookie(balancer.url, u.username, u.password)));
    const organiserCookie = cookies.pop()!;

    let acknowledged = 0;
    // One after another, so that nginx's round robin puts them on both hosts.
    const dashboards: Dashboard[] = [];
    for (let i = 0; i < DASHBOARDS; i++) {
      dashboards.push(
        await openDashboard({
          baseUrl: balancer.url,
          cookie: organiserCookie,
          fairId: fair.id,
          probe: `dash-${i}`,
          acknowledged: () => acknowledged,
        }),
      );
    }

    // PostgreSQL connections per API host at the moment of the kill (mid-burst, dashboards open): README's sizing.
    let connectionsPerHost: Record<string, number> = {};
    const countConnections = async () => {
      const rows = await database.$queryRawUnsafe<{ host: string; n: number }[]>(
        `SELECT host(client_addr) AS host, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() GROUP BY 1`,
      );
      connectionsPerHost = Object.fromEntries(rows.map((r) => [r.host, r.n]));
    };
    let killing: Promise<void> | null = null;
    const deadline = Date.now() + 120_000;
    const results: DeskResult[] = await Promise.all(
      cookies.map((cookie, desk) =>
        runDesk({
          baseUrl: () => balancer.url,
          cookie,
          fairId: fair.id,
          requests: Array.from({ length: PER_DESK }, (_, i) => ({
            clientRequestId: `multi-host-desk-${desk}-${i}`,
            seekerId: seekers[desk * PER_DESK + i]!.id,
          })),
          deadline,
          onAck: () => {
            acknowledged++;
            if (!killing && acknowledged >= DESKS * PER_DESK * KILL_AT) killing = countConnections().then(() => victim.kill("SIGKILL"));
          },
        }),
      ),
    );
    await killing;

    const rows = await database.checkIn.findMany({
      where: { fairId: fair.id },
      select: { id: true, seekerId: true, clientRequestId: true },
    });
    const tally = tallyCheckIns(results, rows);
    const storedIds = new Set(rows.map((r) => r.id));

    // Sessions live in PostgreSQL: every desk's cookie still signs it in, now on the surviving host.
    const sessionAnswers = await Promise.all(
      [...cookies, organiserCookie].map((cookie) =>
        fetch(`${balancer.url}/api/auth/me`, { headers: { Cookie: cookie } }).then((r) => r.status),
      ),
    );

    // Dashboards that never lost their socket were on the surviving host; the others moved.
    const stayed = dashboards.filter((d) => d.disconnects() === 0);
    const moved = dashboards.filter((d) => d.disconnects() > 0);
    const waitUntil = Date.now() + 20_000;
    while (
      Date.now() < waitUntil &&
      !dashboards.every((d) => d.shown() >= rows.length && (d.disconnects() > 0 || d.seen.size >= rows.length))
    ) {
      await sleep(200);
    }
    for (const d of dashboards) d.close();
    await sleep(500);
    const sockets = balancer.accessLog().filter((line) => line.uri.startsWith("/socket.io/") && line.status === 101);
    const servedFor = (d: Dashboard) => sockets.filter((line) => line.probe === d.probe).map((line) => servedBy(line.upstreams));

    const summary = `hosts ${apis.length} / sent ${tally.sent} / acknowledged ${tally.acks.length} / stored ${tally.stored} / duplicated ${tally.duplicated} / lost ${tally.lost.length}`;
    console.log(
      [
        `several hosts behind nginx (${DESKS} desks × ${PER_DESK}, ${DASHBOARDS} dashboards, API host ${hosts.api1.address} killed after ${Math.round(KILL_AT * 100)} % acknowledged):`,
        summary,
        `  attempts without an answer: ${tally.failedAttempts}; requests retried: ${tally.retried.length}, of which ${tally.retried.filter((x) => x.duplicate).length} had been stored before their answer was lost`,
        `  dashboards that stayed on ${survivorAddress}: ${stayed.map((d) => d.probe).join(", ")}; moved: ${moved.map((d) => `${d.probe} (${servedFor(d).join(" → ")})`).join(", ")}`,
        `  PostgreSQL connections at the kill: ${[hosts.api1, hosts.api2].map((h) => `${h.address} ${connectionsPerHost[h.address] ?? 0}`).join(", ")}`,
        `  catch-ups from the timeline: ${moved.flatMap((d) => d.catchUps.map((c) => `${d.probe} ${c.timelineCheckIns} ≥ ${c.acknowledgedBefore}`)).join(", ")}`,
      ].join("\n"),
    );

    const total = DESKS * PER_DESK;
    expect(summary).toBe(`hosts 2 / sent ${total} / acknowledged ${total} / stored ${total} / duplicated 0 / lost 0`);
    expect(tally.unacknowledged).toEqual([]);
    expect(tally.strangers).toEqual([]);
    expect(tally.failedAttempts + tally.retried.length, "the lost host left some requests unanswered").toBeGreaterThan(0);
    expect(victim.alive()).toBe(false);
    expect(survivor.alive()).toBe(true);
    expect(sessionAnswers).toEqual(sessionAnswers.map(() => 200));
    // Each host keeps within its pools: 10 (Prisma) + 4 (live adapter) + 1 (outbox listener).
    for (const host of [hosts.api1, hosts.api2]) expect(connectionsPerHost[host.address] ?? 0).toBeLessThanOrEqual(15);

    // Dashboards were on both hosts; the ones on the survivor saw every check-in.
    expect(stayed.length, "a dashboard on the surviving host").toBeGreaterThan(0);
    expect(moved.length, "a dashboard on the lost host").toBeGreaterThan(0);
    for (const d of stayed) {
      expect(servedFor(d), `${d.probe} stayed on the survivor`).toEqual([survivorAddress]);
      expect(
        [...storedIds].filter((id) => !d.seen.has(id)),
        `${d.probe} saw every check-in`,
      ).toEqual([]);
      expect(d.shown()).toBe(total);
    }
    // The moved ones reconnected through nginx onto the other host and caught up from the timeline.
    for (const d of moved) {
      const served = servedFor(d);
      expect(served[0], `${d.probe} was first on the lost host`).toBe(victimAddress);
      expect(served.at(-1), `${d.probe} reconnected to the surviving host`).toBe(survivorAddress);
      expect(d.catchUps.length, `${d.probe} read the timeline after reconnecting`).toBeGreaterThan(0);
      for (const c of d.catchUps) expect(c.timelineCheckIns).toBeGreaterThanOrEqual(c.acknowledgedBefore);
      expect(d.shown()).toBe(total);
    }
  });
});
