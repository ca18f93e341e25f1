import crypto from "node:crypto";
import type { CheckInCreatedEvent } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFair, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let staff: string;
const published: CheckInCreatedEvent[] = [];
const requestId = () => `desk1-${crypto.randomUUID()}`;

beforeAll(async () => {
  t = await createTestApp();
  // Record what reaches the live layer, through the same publisher the sockets use.
  const original = t.liveEvents.checkInCreated.bind(t.liveEvents);
  t.liveEvents.checkInCreated = (event) => {
    published.push(event);
    original(event);
  };
  const s = await createUser(t.db, { role: "STAFF" });
  staff = await signIn(t.app, s.username, s.password);
});
afterAll(() => t.close());

const checkIn = (fairId: string, body: Record<string, unknown>) =>
  request(t.app).post(`/api/fairs/${fairId}/checkins`).set("Cookie", staff).send(body);

describe("POST /api/fairs/:id/checkins", () => {
  it("checks a seeker in once (201), then answers the same seeker or the same request with the original (200)", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    const first = await checkIn(fair.id, { seekerId: seeker.id, clientRequestId: "req-00000001" });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      checkIn: { id: expect.any(String), fairId: fair.id, seekerId: seeker.id, at: expect.any(String) },
      duplicate: false,
    });
    const sameSeeker = await checkIn(fair.id, { idNumber: seeker.idNumber, clientRequestId: "req-00000002" });
    expect(sameSeeker.status).toBe(200);
    expect(sameSeeker.body).toEqual({ checkIn: first.body.checkIn, duplicate: true });
    const replay = await checkIn(fair.id, { seekerId: seeker.id, clientRequestId: "req-00000001" });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ checkIn: first.body.checkIn, duplicate: true });
    expect(await t.db.checkIn.count({ where: { fairId: fair.id } })).toBe(1);
    await t.checkInAnnouncer.flushAll();
    expect(published.filter((e) => e.fairId === fair.id)).toEqual([
      {
        fairId: fair.id,
        checkInId: first.body.checkIn.id,
        at: first.body.checkIn.at,
        checkIns: 1,
        arrivals: 1,
        checkInIds: [first.body.checkIn.id],
      },
    ]);
    expect(JSON.stringify(sameSeeker.body)).not.toContain(seeker.idNumber);
  });

  it("creates exactly one check-in when 20 desks send the same seeker at once", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => checkIn(fair.id, { seekerId: seeker.id, clientRequestId: requestId() })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(19);
    const created = results.find((r) => r.status === 201)!;
    for (const r of results) {
      expect(r.body.checkIn.id).toBe(created.body.checkIn.id);
      expect(r.body.duplicate).toBe(r.status === 200);
    }
    expect(await t.db.checkIn.count({ where: { fairId: fair.id } })).toBe(1);
  });

  it("replays one queued request 10 times at once: one check-in, every answer the original", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    const { token } = (await request(t.app).get(`/api/seekers/${seeker.id}/badge`).set("Cookie", staff)).body;
    const body = { badgeToken: token, clientRequestId: requestId(), scannedAt: new Date(Date.now() - 5 * 60_000).toISOString() };
    const results = await Promise.all(Array.from({ length: 10 }, () => checkIn(fair.id, body)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(results.map((r) => r.body.checkIn.id)).size).toBe(1);
    expect(results[0]!.body.checkIn.at).toBe(new Date(body.scannedAt).toISOString());
  });

  it("announces every arrival once, with the distinct count, while many desks check different seekers in", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const seekers = await Promise.all(Array.from({ length: 12 }, () => createSeeker(t.db, t.fieldCrypto)));
    const results = await Promise.all(seekers.map((s) => checkIn(fair.id, { seekerId: s.id, clientRequestId: requestId() })));
    expect(results.every((r) => r.status === 201)).toBe(true);
    await t.checkInAnnouncer.flushAll();
    const events = published.filter((e) => e.fairId === fair.id);
    // Every arrival announced exactly once, whether alone or with others of the same moment.
    expect(events.flatMap((e) => e.checkInIds).sort()).toEqual(results.map((r) => r.body.checkIn.id).sort());
    expect(events.reduce((sum, e) => sum + e.arrivals, 0)).toBe(12);
    // Counted after the announced rows committed, so the largest figure any screen shows is the true total.
    expect(Math.max(...events.map((e) => e.checkIns))).toBe(12);
  });

  it("answers 409 FAIR_NOT_OPEN for a DRAFT or CLOSED fair, but a replay of a recorded request still gets its original", async () => {
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    for (const status of ["DRAFT", "CLOSED"] as const) {
      const fair = await createFair(t.db, { status });
      const res = await checkIn(fair.id, { seekerId: seeker.id, clientRequestId: requestId() });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("FAIR_NOT_OPEN");
      expect(await t.db.checkIn.count({ where: { fairId: fair.id } })).toBe(0);
    }
    const fair = await createFair(t.db, { status: "OPEN" });
    const body = { seekerId: seeker.id, clientRequestId: requestId() };
    const first = await checkIn(fair.id, body);
    await t.db.fair.update({ where: { id: fair.id }, data: { status: "CLOSED" } });
    const replay = await checkIn(fair.id, body);
    expect(replay.status).toBe(200);
    expect(replay.body.checkIn).toEqual(first.body.checkIn);
    const fresh = await checkIn(fair.id, { seekerId: seeker.id, clientRequestId: requestId() });
    expect(fresh.status).toBe(409);
  });

  it("answers 404 for an unknown fair or seeker, 400 for a forged badge", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    expect((await checkIn("00000000-0000-4000-8000-000000000000", { seekerId: seeker.id, clientRequestId: requestId() })).status).toBe(404);
    expect((await checkIn(fair.id, { seekerId: "00000000-0000-4000-8000-000000000000", clientRequestId: requestId() })).status).toBe(404);
    const stranger = await createSeeker(t.db, t.fieldCrypto);
    await t.db.seeker.delete({ where: { id: stranger.id } });
    expect((await checkIn(fair.id, { idNumber: stranger.idNumber, clientRequestId: requestId() })).status).toBe(404);
    const { token } = (await request(t.app).get(`/api/seekers/${seeker.id}/badge`).set("Cookie", staff)).body;
    const forged = await checkIn(fair.id, {
      badgeToken: `${token.slice(0, 30)}${token[30] === "x" ? "y" : "x"}${token.slice(31)}`,
      clientRequestId: requestId(),
    });
    expect(forged.status).toBe(400);
    expect(forged.body.error.issues[0].path).toEqual(["body", "badgeToken"]);
    expect(await t.db.checkIn.count({ where: { fairId: fair.id } })).toBe(0);
  });

  it("validates the body: exactly one identifier, clientRequestId 8–64, scannedAt not in the future", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ clientRequestId: requestId() }, ["body"]],
      [{ seekerId: seeker.id, idNumber: seeker.idNumber, clientRequestId: requestId() }, ["body"]],
      [{ seekerId: seeker.id, clientRequestId: "short" }, ["body", "clientRequestId"]],
      [{ seekerId: seeker.id, clientRequestId: "x".repeat(65) }, ["body", "clientRequestId"]],
      [{ seekerId: seeker.id, clientRequestId: requestId(), scannedAt: "yesterday" }, ["body", "scannedAt"]],
      [
        { seekerId: seeker.id, clientRequestId: requestId(), scannedAt: new Date(Date.now() + 5 * 60_000).toISOString() },
        ["body", "scannedAt"],
      ],
      [{ seekerId: seeker.id, clientRequestId: requestId(), name: "x" }, ["body"]],
    ];
    for (const [body, path] of cases) {
      const res = await checkIn(fair.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.issues.map((i: { path: unknown }) => i.path)).toContainEqual(path);
      expect(JSON.stringify(res.body)).not.toContain(seeker.idNumber);
    }
    const skewed = await checkIn(fair.id, {
      seekerId: seeker.id,
      clientRequestId: requestId(),
      scannedAt: new Date(Date.now() + 30_000).toISOString(),
    });
    expect(skewed.status).toBe(201);
  });

  it("is for ADMIN and STAFF", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    const res = await request(t.app).post(`/api/fairs/${fair.id}/checkins`).send({ seekerId: seeker.id, clientRequestId: requestId() });
    expect(res.status).toBe(401);
  });
});

describe("GET /api/fairs/:id/checkins/timeline", () => {
  it("gives arrivals per minute and the current totals", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const seekers = await Promise.all(Array.from({ length: 4 }, () => createSeeker(t.db, t.fieldCrypto)));
    const times = ["2026-05-20T01:00:05Z", "2026-05-20T01:00:50Z", "2026-05-20T01:02:10Z", "2026-05-20T01:02:59Z"];
    for (const [i, s] of seekers.entries()) {
      expect((await checkIn(fair.id, { seekerId: s.id, clientRequestId: requestId(), scannedAt: times[i] })).status).toBe(201);
    }
    const res = await request(t.app).get(`/api/fairs/${fair.id}/checkins/timeline`).set("Cookie", staff);
    expect(res.status).toBe(200);
    expect(res.body.timeline).toMatchObject({
      fairId: fair.id,
      checkIns: 4,
      intents: 0,
      seekersWithIntent: 0,
      buckets: [
        { minute: "2026-05-20T01:00:00.000Z", arrivals: 2 },
        { minute: "2026-05-20T01:02:00.000Z", arrivals: 2 },
      ],
    });
    const since = await request(t.app)
      .get(`/api/fairs/${fair.id}/checkins/timeline`)
      .query({ since: "2026-05-20T01:01:30Z" })
      .set("Cookie", staff);
    expect(since.body.timeline.buckets).toEqual([{ minute: "2026-05-20T01:02:00.000Z", arrivals: 2 }]);
    expect(since.body.timeline.checkIns).toBe(4);
    expect(
      (await request(t.app).get("/api/fairs/00000000-0000-4000-8000-000000000000/checkins/timeline").set("Cookie", staff)).status,
    ).toBe(404);
  });
});
