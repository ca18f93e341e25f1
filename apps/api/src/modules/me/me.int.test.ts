import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createFair, createPosition, createUser, joinFair } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { FAIR_REASON } from "../matching/match-fair-preference.ts";
import { createPositionIndexHandlers, createPositionsRepository, createReadyPositionIndex, POSITION_CHANGED } from "../positions/index.ts";
import { newPerson, signInAsSeeker } from "../registrations/testing/self-service.ts";

let t: TestApp;
let staff: string;
let admin: string;
let employerCookie: string;
let seeker: Awaited<ReturnType<typeof signInAsSeeker>>;
let other: Awaited<ReturnType<typeof signInAsSeeker>>;
const ids: Record<string, string> = {};
/** Every body a SEEKER received: none may carry a raw ID or phone number. */
const seen: string[] = [];

async function asSeeker(cookie: string, method: "get" | "post", path: string, body?: object) {
  const req = request(t.app)[method](path).set("Cookie", cookie);
  const res = body ? await req.send(body) : await req;
  seen.push(JSON.stringify(res.body));
  return res;
}

beforeAll(async () => {
  t = await createTestApp();
  const employer = await createEmployer(t.db, { name: "济南重汽集团", kind: "SOE" });
  const s = await createUser(t.db, { role: "STAFF" });
  const a = await createUser(t.db, { role: "ADMIN" });
  const e = await createUser(t.db, { role: "EMPLOYER", employerId: employer.id });
  staff = await signIn(t.app, s.username, s.password);
  admin = await signIn(t.app, a.username, a.password);
  employerCookie = await signIn(t.app, e.username, e.password);

  const open = await createFair(t.db, { status: "OPEN", title: "古丈专场" });
  const closed = await createFair(t.db, { status: "CLOSED" });
  ids.fair = open.id;
  ids.closedFair = closed.id;
  await joinFair(t.db, open.id, employer.id, "A12");
  ids.welder = (await createPosition(t.db, employer.id, { title: "电焊工", city: "济南", fairIds: [open.id, closed.id] })).id;
  ids.packer = (await createPosition(t.db, employer.id, { title: "包装工", city: "济南", fairIds: [open.id] })).id;
  ids.gone = (await createPosition(t.db, employer.id, { title: "叉车司机", city: "济南", fairIds: [open.id] })).id;
  // Index the positions with the real outbox handler, then close one behind the index's back.
  const handlers = createPositionIndexHandlers({
    positions: createPositionsRepository(t.db),
    index: createReadyPositionIndex(t.positionIndex),
  });
  await handlers[POSITION_CHANGED]!({ topic: POSITION_CHANGED, aggregateIds: [ids.welder, ids.packer, ids.gone], events: [] });
  await t.db.position.update({ where: { id: ids.gone }, data: { status: "CLOSED" } });

  seeker = await signInAsSeeker(t, open.id, newPerson());
  await t.db.seeker.update({ where: { id: seeker.seekerId }, data: { preferredCities: ["济南"], skills: ["电焊"] } });
  other = await signInAsSeeker(t, open.id, newPerson());
}, 60_000);
afterAll(() => t.close());

describe("/api/me/* for the signed-in job seeker", () => {
  it("GET /api/me/seeker answers the own record, masked, with the fairs registered for", async () => {
    const res = await asSeeker(seeker.cookie, "get", "/api/me/seeker");
    expect(res.status).toBe(200);
    expect(res.body.seeker).toMatchObject({ id: seeker.seekerId, name: seeker.person.name, phoneMasked: expect.stringContaining("****") });
    expect(res.body.seeker.idNumberMasked).toContain("********");
    expect(res.body.fairs).toEqual([
      {
        fairId: ids.fair,
        title: "古丈专场",
        venue: expect.any(String),
        startsAt: expect.any(String),
        endsAt: expect.any(String),
        status: "OPEN",
        registeredAt: expect.any(String),
        checkedInAt: null,
      },
    ]);
  });

  it("refuses every /api/me route to STAFF, ADMIN and EMPLOYER (403) and to anonymous callers (401)", async () => {
    const routes: ["get" | "post", string, object?][] = [
      ["get", "/api/me/seeker"],
      ["get", "/api/me/badge"],
      ["get", "/api/me/matches"],
      ["post", "/api/me/interests", { positionId: ids.packer }],
      ["get", "/api/me/intents"],
    ];
    for (const [method, path, body] of routes) {
      for (const cookie of [staff, admin, employerCookie]) {
        const res = await request(t.app)[method](path).set("Cookie", cookie).send(body);
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(res.body.error.code).toBe("FORBIDDEN");
      }
      const anonymous = await request(t.app)[method](path).send(body);
      expect(anonymous.status).toBe(401);
    }
    expect(await t.db.intent.count()).toBe(0);
  });

  it("GET /api/me/badge gives a token that the desk checks in like any printed badge", async () => {
    const badge = await asSeeker(seeker.cookie, "get", "/api/me/badge");
    expect(badge.status).toBe(200);
    expect(badge.body).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9_-]{44}$/), name: seeker.person.name });
    const checkIn = await request(t.app)
      .post(`/api/fairs/${ids.fair}/checkins`)
      .set("Cookie", staff)
      .send({ badgeToken: badge.body.token, clientRequestId: "phone-badge-0001" });
    expect(checkIn.status).toBe(201);
    expect(checkIn.body.checkIn.seekerId).toBe(seeker.seekerId);
    const mine = await asSeeker(seeker.cookie, "get", "/api/me/seeker");
    expect(mine.body.fairs[0].checkedInAt).toBe(checkIn.body.checkIn.at);
    // The other seeker's badge is their own.
    const theirs = await asSeeker(other.cookie, "get", "/api/me/badge");
    expect(theirs.body.token).not.toBe(badge.body.token);
  });

  it("GET /api/me/matches ranks open positions with reasons and the position in words; a closed one never shows", async () => {
    const res = await asSeeker(seeker.cookie, "get", "/api/me/matches?limit=10");
    expect(res.status).toBe(200);
    const positionIds = res.body.matches.map((m: { positionId: string }) => m.positionId);
    expect(positionIds).toEqual(expect.arrayContaining([ids.welder, ids.packer]));
    expect(positionIds).not.toContain(ids.gone);
    const welder = res.body.matches.find((m: { positionId: string }) => m.positionId === ids.welder);
    expect(welder.reasons.length).toBeGreaterThan(0);
    expect(welder.position).toEqual({
      id: ids.welder,
      title: "电焊工",
      employerName: "济南重汽集团",
      employerKind: "SOE",
      city: "济南",
      wageMin: 4000,
      wageMax: 6000,
      openings: 5,
      foodProvided: true,
      lodgingProvided: true,
      fairIds: [ids.fair, ids.closedFair].sort(),
    });
    expect((await asSeeker(seeker.cookie, "get", "/api/me/matches?limit=0")).status).toBe(400);
  });

  it("GET /api/me/matches puts the positions of the seeker's own fair first, saying so", async () => {
    const employer = await createEmployer(t.db, { name: "山东某焊接厂" });
    const elsewhere = (await createPosition(t.db, employer.id, { title: "电焊工", city: "济南" })).id;
    const handlers = createPositionIndexHandlers({
      positions: createPositionsRepository(t.db),
      index: createReadyPositionIndex(t.positionIndex),
    });
    await handlers[POSITION_CHANGED]!({ topic: POSITION_CHANGED, aggregateIds: [elsewhere], events: [] });

    const res = await asSeeker(seeker.cookie, "get", "/api/me/matches?limit=10");
    const welder = ids.welder as string;
    const order: string[] = res.body.matches.map((m: { positionId: string }) => m.positionId);
    expect(order).toContain(elsewhere);
    expect(order.indexOf(welder)).toBeLessThan(order.indexOf(elsewhere));
    const reasonsOf = (id: string) => res.body.matches.find((m: { positionId: string }) => m.positionId === id).reasons;
    expect(reasonsOf(welder)).toContain(FAIR_REASON);
    expect(reasonsOf(elsewhere)).not.toContain(FAIR_REASON);
  });

  it("POST /api/me/interests records an intent for oneself (201, then 200 duplicate); a closed fair → FAIR_NOT_OPEN", async () => {
    const first = await asSeeker(seeker.cookie, "post", "/api/me/interests", { positionId: ids.welder, fairId: ids.fair });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      intent: {
        id: expect.any(String),
        positionId: ids.welder,
        fairId: ids.fair,
        status: "INTENDED",
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        position: { title: "电焊工", employerName: "济南重汽集团", city: "济南" },
      },
      duplicate: false,
    });
    expect((await t.db.intent.findUniqueOrThrow({ where: { id: first.body.intent.id } })).seekerId).toBe(seeker.seekerId);
    const again = await asSeeker(seeker.cookie, "post", "/api/me/interests", { positionId: ids.welder, fairId: ids.fair });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, duplicate: true });

    const closedFair = await asSeeker(other.cookie, "post", "/api/me/interests", { positionId: ids.welder, fairId: ids.closedFair });
    expect(closedFair.status).toBe(409);
    expect(closedFair.body.error.code).toBe("FAIR_NOT_OPEN");
    const closedPosition = await asSeeker(other.cookie, "post", "/api/me/interests", { positionId: ids.gone });
    expect(closedPosition.status).toBe(409);
    const unknown = await asSeeker(other.cookie, "post", "/api/me/interests", { positionId: "6f1c0c1e-8d0b-4d8e-9a5e-1f2a3b4c5d6e" });
    expect(unknown.status).toBe(404);
    // A seeker can only ever speak for themself.
    const forSomeoneElse = await asSeeker(other.cookie, "post", "/api/me/interests", { positionId: ids.packer, seekerId: seeker.seekerId });
    expect(forSomeoneElse.status).toBe(400);
    expect(await t.db.intent.count({ where: { seekerId: other.seekerId } })).toBe(0);
    expect(await t.db.intent.count({ where: { seekerId: seeker.seekerId } })).toBe(1);
  });

  it("GET /api/me/intents shows only the own intents, with the status a recruiter set", async () => {
    const created = await asSeeker(seeker.cookie, "post", "/api/me/interests", { positionId: ids.packer });
    expect(created.status).toBe(201);
    const patched = await request(t.app).patch(`/api/intents/${created.body.intent.id}`).set("Cookie", staff).send({ status: "HIRED" });
    expect(patched.status).toBe(200);
    const mine = await asSeeker(seeker.cookie, "get", "/api/me/intents");
    expect(mine.status).toBe(200);
    const statuses = Object.fromEntries(mine.body.intents.map((i: { positionId: string; status: string }) => [i.positionId, i.status]));
    expect(statuses).toEqual({ [ids.packer!]: "HIRED", [ids.welder!]: "INTENDED" });
    const theirs = await asSeeker(other.cookie, "get", "/api/me/intents");
    expect(theirs.body).toEqual({ intents: [] });
  });

  it("never sent a raw ID or phone number to a seeker", () => {
    expect(seen.length).toBeGreaterThan(10);
    const all = seen.join("\n");
    for (const person of [seeker.person, other.person]) {
      expect(all).not.toContain(person.idNumber);
      expect(all).not.toContain(person.phone);
    }
  });
});
