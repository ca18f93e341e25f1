import type { FairJoinAck } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createFair, createOrganisation, createSeeker, createUser, joinFair } from "../testing/factories.ts";
import { connected, type LiveClient, type LiveTestServer, startLiveTestServer } from "../testing/live-test-server.ts";
import { signIn } from "../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let live: LiveTestServer;
let baseUrl: string;
let staff: string;

beforeAll(async () => {
  t = await createTestApp();
  live = await startLiveTestServer(t);
  baseUrl = live.baseUrl;
  const s = await createUser(t.db, { role: "STAFF" });
  staff = await signIn(t.app, s.username, s.password);
});
afterAll(async () => {
  await live.close();
  await t.close();
});

const open = (headers: Record<string, string>) => live.open(headers);

function connectError(client: LiveClient): Promise<{ message: string; data?: { code?: string } }> {
  return new Promise((resolve, reject) => {
    client.once("connect", () => reject(new Error("connected, but should have been refused")));
    client.once("connect_error", (error) => resolve(error as { message: string; data?: { code?: string } }));
  });
}

const join = (client: LiveClient, fairId: unknown) =>
  new Promise<FairJoinAck>((resolve) => client.emit("fair:join", { fairId } as { fairId: string }, resolve));

describe("/live authentication", () => {
  it("refuses a connection without a session, with a forged cookie, or from another site", async () => {
    expect((await connectError(open({}))).data?.code).toBe("UNAUTHENTICATED");
    expect((await connectError(open({ Cookie: "xz_session=forged" }))).data?.code).toBe("UNAUTHENTICATED");
    const crossSite = await connectError(open({ Cookie: staff, Origin: "https://evil.example" }));
    expect(crossSite.message).toBeTruthy();
  });

  it("accepts the session cookie from the same origin", async () => {
    const client = open({ Cookie: staff, Origin: baseUrl });
    await connected(client);
    expect(client.connected).toBe(true);
  });
});

describe("fair:join", () => {
  it("lets STAFF join; refuses an unknown fair, a malformed request, and an EMPLOYER whose employer did not join", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const client = open({ Cookie: staff });
    await connected(client);
    expect(await join(client, fair.id)).toEqual({ ok: true });
    expect(await join(client, "00000000-0000-4000-8000-000000000000")).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await join(client, "not-a-uuid")).toEqual({ ok: false, error: { code: "VALIDATION_FAILED" } });

    const employer = await createEmployer(t.db);
    const e = await createUser(t.db, { role: "EMPLOYER", employerId: employer.id });
    const recruiter = open({ Cookie: await signIn(t.app, e.username, e.password) });
    await connected(recruiter);
    expect(await join(recruiter, fair.id)).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    await joinFair(t.db, fair.id, employer.id);
    expect(await join(recruiter, fair.id)).toEqual({ ok: true });
  });

  it("lets a bureau's staff join only the rooms of fairs it hosts, co-organises or holds in its jurisdiction", async () => {
    const [guzhang, jinan, fenghuang] = await Promise.all([
      createOrganisation(t.db, "433126"),
      createOrganisation(t.db, "370100"),
      createOrganisation(t.db, "433123"),
    ]);
    const fair = await createFair(t.db, { hostOrganisationId: guzhang.id, partnerOrganisationIds: [jinan.id] });
    const answer = async (organisationId: string) => {
      const u = await createUser(t.db, { role: "STAFF", organisationId });
      const client = open({ Cookie: await signIn(t.app, u.username, u.password) });
      await connected(client);
      return join(client, fair.id);
    };
    expect(await answer(guzhang.id)).toEqual({ ok: true });
    expect(await answer(jinan.id)).toEqual({ ok: true });
    expect(await answer(fenghuang.id)).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("drops the socket at logout, and re-checks the session on every join (a session that ended otherwise is refused and dropped)", async () => {
    const u = await createUser(t.db, { role: "STAFF" });
    const cookie = await signIn(t.app, u.username, u.password);
    const fair = await createFair(t.db, { status: "OPEN" });
    const client = open({ Cookie: cookie });
    await connected(client);
    const droppedAtLogout = new Promise((resolve) => client.once("disconnect", resolve));
    expect((await request(t.app).post("/api/auth/logout").set("Cookie", cookie)).status).toBe(204);
    expect(await droppedAtLogout).toBe("io server disconnect");

    // Expired or revoked without a logout (no disconnect was sent): the next join finds out.
    const other = await signIn(t.app, u.username, u.password);
    const stale = open({ Cookie: other });
    await connected(stale);
    await t.db.session.updateMany({ where: { userId: u.id, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    const dropped = new Promise((resolve) => stale.once("disconnect", resolve));
    expect(await join(stale, fair.id)).toEqual({ ok: false, error: { code: "UNAUTHENTICATED" } });
    await dropped;
  });
});

describe("live events", () => {
  it("sends checkin:created to the fair's room only, without personal data", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const otherFair = await createFair(t.db, { status: "OPEN" });
    const seeker = await createSeeker(t.db, t.fieldCrypto, { name: "石秀珍" });
    const watcher = open({ Cookie: staff });
    const elsewhere = open({ Cookie: staff });
    await Promise.all([connected(watcher), connected(elsewhere)]);
    expect(await join(watcher, fair.id)).toEqual({ ok: true });
    expect(await join(elsewhere, otherFair.id)).toEqual({ ok: true });
    const strays: unknown[] = [];
    elsewhere.on("checkin:created", (event) => strays.push(event));

    const received = new Promise((resolve) => watcher.once("checkin:created", resolve));
    const res = await request(t.app)
      .post(`/api/fairs/${fair.id}/checkins`)
      .set("Cookie", staff)
      .send({ seekerId: seeker.id, clientRequestId: "live-test-0001" });
    expect(res.status).toBe(201);
    const event = await received;
    expect(event).toEqual({
      fairId: fair.id,
      checkInId: res.body.checkIn.id,
      at: res.body.checkIn.at,
      checkIns: 1,
      arrivals: 1,
      checkInIds: [res.body.checkIn.id],
    });
    const text = JSON.stringify(event);
    for (const secret of [seeker.id, seeker.name, seeker.idNumber, seeker.phone, seeker.idNumberMasked]) expect(text).not.toContain(secret);

    // A duplicate is not an arrival: no second event. The next arrival proves the stream moved on.
    await request(t.app)
      .post(`/api/fairs/${fair.id}/checkins`)
      .set("Cookie", staff)
      .send({ seekerId: seeker.id, clientRequestId: "live-test-0002" });
    const next = await createSeeker(t.db, t.fieldCrypto);
    const second = new Promise<{ checkIns: number }>((resolve) => watcher.once("checkin:created", resolve));
    await request(t.app)
      .post(`/api/fairs/${fair.id}/checkins`)
      .set("Cookie", staff)
      .send({ seekerId: next.id, clientRequestId: "live-test-0003" });
    expect((await second).checkIns).toBe(2);
    expect(strays).toEqual([]);
  });

  it("sends intent:created through the same publisher, and refuses a payload with extra fields", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const watcher = open({ Cookie: staff });
    await connected(watcher);
    await join(watcher, fair.id);
    const received = new Promise((resolve) => watcher.once("intent:created", resolve));
    const event = {
      fairId: fair.id,
      intentId: "6f1c2a0e-8b7d-4e5f-a1b2-c3d4e5f60718",
      positionId: "0b7e9d4c-1f2a-4c3b-9d8e-7f6a5b4c3d2e",
      at: new Date().toISOString(),
      seekersWithIntent: 7,
    };
    t.liveEvents.intentCreated(event);
    expect(await received).toEqual(event);
    expect(() => t.liveEvents.intentCreated({ ...event, seekerName: "石秀珍" } as typeof event)).toThrow();
  });
});
