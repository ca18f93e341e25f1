// PATCH /api/users/:id {disabled}: the account's sessions stop working at once and its
// live sockets are dropped — also those held by another API process (two apps, two
// Socket.IO servers, one database: the request crosses through the PostgreSQL adapter).
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { LiveClientToServerEvents, LiveServerToClientEvents } from "@xiezuo/contracts";
import { io as connect, type Socket } from "socket.io-client";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { createLogger } from "../../lib/logger.ts";
import type { RealtimeHandle } from "../../realtime/live-server.ts";
import { createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, TEST_SESSION_POLICY, type TestApp } from "../../testing/test-app.ts";

type LiveClient = Socket<LiveServerToClientEvents, LiveClientToServerEvents>;

let t: TestApp;
let admin: string;
let adminId: string;
const servers: { server: http.Server; realtime: RealtimeHandle; url: string }[] = [];
const clients: LiveClient[] = [];

async function serve(app: http.RequestListener, attach: TestApp["attachRealtime"]) {
  const server = http.createServer(app);
  const realtime = attach(server, { databaseUrl: t.databaseUrl });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const entry = { server, realtime, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  servers.push(entry);
  return entry;
}

beforeAll(async () => {
  t = await createTestApp();
  const a = await createUser(t.db, { role: "ADMIN" });
  adminId = a.id;
  admin = await signIn(t.app, a.username, a.password);
  await serve(t.app, t.attachRealtime);
  // A second API "process": its own app and Socket.IO server on the same database.
  const other = createApp({
    db: t.db,
    search: t.search,
    fieldCrypto: t.fieldCrypto,
    logger: createLogger("silent"),
    config: { session: TEST_SESSION_POLICY, trustProxy: 0, stableEmploymentMonths: 3 },
  });
  await serve(other.app, other.attachRealtime);
});
afterAll(async () => {
  for (const c of clients) c.disconnect();
  for (const s of servers) await s.realtime.close();
  await t.close();
});

function open(url: string, cookie: string): Promise<LiveClient> {
  const client: LiveClient = connect(`${url}/live`, {
    transports: ["websocket"],
    extraHeaders: { Cookie: cookie },
    reconnection: false,
    forceNew: true,
  });
  clients.push(client);
  return new Promise((resolve, reject) => {
    client.once("connect", () => resolve(client));
    client.once("connect_error", reject);
  });
}

const refusal = (url: string, cookie: string) =>
  open(url, cookie).then(
    () => "connected",
    (error: { data?: { code?: string } }) => error.data?.code,
  );

const dropped = (client: LiveClient) => new Promise<string>((resolve) => client.once("disconnect", (reason) => resolve(reason)));

const patch = (id: string, body: object, cookie = admin) => request(t.app).patch(`/api/users/${id}`).set("Cookie", cookie).send(body);

describe("PATCH /api/users/:id {disabled}", () => {
  it("revokes every session at once, drops the sockets on both processes, and refuses new ones", async () => {
    const staff = await createUser(t.db, { role: "STAFF" });
    const phone = await signIn(t.app, staff.username, staff.password);
    const desk = await signIn(t.app, staff.username, staff.password);
    const [onA, onB] = await Promise.all([open(servers[0]!.url, phone), open(servers[1]!.url, desk)]);
    const droppedA = dropped(onA);
    const droppedB = dropped(onB);

    const res = await patch(staff.id, { disabled: true });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: {
        id: staff.id,
        username: staff.username,
        role: "STAFF",
        employerId: null,
        organisationId: null,
        displayName: null,
        disabled: true,
      },
    });
    // Dropped by the server without the client sending anything.
    expect(await droppedA).toBe("io server disconnect");
    expect(await droppedB).toBe("io server disconnect");

    for (const cookie of [phone, desk]) expect((await request(t.app).get("/api/auth/me").set("Cookie", cookie)).status).toBe(401);
    expect(await t.db.session.count({ where: { userId: staff.id, revokedAt: null } })).toBe(0);
    expect(await refusal(servers[1]!.url, phone)).toBe("UNAUTHENTICATED");
    const login = await request(t.app).post("/api/auth/login").send({ username: staff.username, password: staff.password });
    expect(login.status).toBe(401);
    const audit = await t.db.auditLog.findFirst({ where: { entityId: staff.id, action: "user.disable" } });
    expect(audit).toMatchObject({ actorUserId: adminId, data: { revokedSessions: 2 } });
  });

  it("re-enabling lets the user sign in again, but old cookies stay revoked", async () => {
    const staff = await createUser(t.db, { role: "STAFF" });
    const old = await signIn(t.app, staff.username, staff.password);
    expect((await patch(staff.id, { disabled: true })).body.user.disabled).toBe(true);
    const again = await patch(staff.id, { disabled: false });
    expect(again.status).toBe(200);
    expect(again.body.user.disabled).toBe(false);
    expect((await request(t.app).get("/api/auth/me").set("Cookie", old)).status).toBe(401);
    const fresh = await signIn(t.app, staff.username, staff.password);
    expect((await request(t.app).get("/api/auth/me").set("Cookie", fresh)).status).toBe(200);
    expect(await t.db.auditLog.count({ where: { entityId: staff.id, action: { in: ["user.disable", "user.enable"] } } })).toBe(2);
  });

  it("answers 401 anonymous, 403 STAFF, 404 unknown, 400 unknown keys, 409 disabling oneself — changing nothing", async () => {
    const staff = await createUser(t.db, { role: "STAFF" });
    const staffCookie = await signIn(t.app, staff.username, staff.password);
    const target = await createUser(t.db, { role: "EMPLOYER" });
    expect((await request(t.app).patch(`/api/users/${target.id}`).send({ disabled: true })).status).toBe(401);
    expect((await patch(target.id, { disabled: true }, staffCookie)).status).toBe(403);
    expect((await patch("00000000-0000-4000-8000-000000000000", { disabled: true })).status).toBe(404);
    const extra = await patch(target.id, { disabled: true, role: "ADMIN" });
    expect(extra.status).toBe(400);
    expect(extra.body.error.code).toBe("VALIDATION_FAILED");
    expect((await patch(target.id, { disabled: "yes" })).status).toBe(400);
    const self = await patch(adminId, { disabled: true });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe("CONFLICT");
    expect(await t.db.user.count({ where: { id: { in: [target.id, adminId] }, disabledAt: { not: null } } })).toBe(0);
    expect((await request(t.app).get("/api/auth/me").set("Cookie", admin)).status).toBe(200);
  });
});

describe("logout", () => {
  it("drops the session's sockets at once and leaves the user's other sessions connected", async () => {
    const staff = await createUser(t.db, { role: "STAFF" });
    const leaving = await signIn(t.app, staff.username, staff.password);
    const staying = await signIn(t.app, staff.username, staff.password);
    const [gone, kept] = await Promise.all([open(servers[1]!.url, leaving), open(servers[0]!.url, staying)]);
    const goneDropped = dropped(gone);
    expect((await request(t.app).post("/api/auth/logout").set("Cookie", leaving)).status).toBe(204);
    expect(await goneDropped).toBe("io server disconnect");
    // The other session's socket still answers.
    const ack = await new Promise((resolve) => kept.emit("fair:join", { fairId: "00000000-0000-4000-8000-000000000000" }, resolve));
    expect(ack).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(kept.connected).toBe(true);
  });
});
