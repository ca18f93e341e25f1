import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createFair, createPosition, createUser, joinFair } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { createPositionsRepository } from "./positions.repository.ts";

let t: TestApp;
let admin: string;
let staff: string;
let own: string;
let other: string;
let ownEmployerId: string;
let otherEmployerId: string;
let joinedFairId: string;
let otherFairId: string;
const MISSING = "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  t = await createTestApp();
  const ownEmployer = await createEmployer(t.db, { name: "中国重汽集团" });
  const otherEmployer = await createEmployer(t.db, { name: "另一家企业" });
  ownEmployerId = ownEmployer.id;
  otherEmployerId = otherEmployer.id;
  joinedFairId = (await createFair(t.db)).id;
  otherFairId = (await createFair(t.db)).id;
  await joinFair(t.db, joinedFairId, ownEmployerId, "A01");
  const users = await Promise.all([
    createUser(t.db, { role: "ADMIN" }),
    createUser(t.db, { role: "STAFF" }),
    createUser(t.db, { role: "EMPLOYER", employerId: ownEmployerId }),
    createUser(t.db, { role: "EMPLOYER", employerId: otherEmployerId }),
  ]);
  const cookies = await Promise.all(users.map((u) => signIn(t.app, u.username, u.password)));
  [admin, staff, own, other] = cookies as [string, string, string, string];
});
afterAll(() => t.close());

const welder = {
  title: "电焊工",
  description: "负责重卡车架焊接，有焊工证优先。",
  openings: 20,
  wageMin: 6000,
  wageMax: 9000,
  city: "济南",
  foodProvided: true,
  lodgingProvided: true,
};

const eventsFor = (positionId: string) => t.db.outboxEvent.findMany({ where: { aggregateId: positionId }, orderBy: { id: "asc" } });

describe("POST /api/positions", () => {
  it("lets an employer post for itself, linked to a fair it joined, with an outbox event", async () => {
    const res = await request(t.app)
      .post("/api/positions")
      .set("Cookie", own)
      .send({ ...welder, ageMin: 18, ageMax: 50, gender: "MALE", tags: ["包吃住", "五险一金"], fairIds: [joinedFairId] });
    expect(res.status).toBe(201);
    expect(res.body.position).toMatchObject({
      ...welder,
      status: "OPEN",
      employerId: ownEmployerId,
      employer: { id: ownEmployerId, name: "中国重汽集团", kind: "PRIVATE" },
      ageMin: 18,
      ageMax: 50,
      gender: "MALE",
      tags: ["包吃住", "五险一金"],
      fairIds: [joinedFairId],
      closedAt: null,
    });
    const events = await eventsFor(res.body.position.id);
    expect(events.map((e) => e.topic)).toEqual(["position.changed"]);
  });

  it("defaults gender, tags and fairs; an employerId equal to its own is accepted", async () => {
    const res = await request(t.app)
      .post("/api/positions")
      .set("Cookie", own)
      .send({ ...welder, employerId: ownEmployerId });
    expect(res.status).toBe(201);
    expect(res.body.position).toMatchObject({ gender: "ANY", tags: [], fairIds: [], ageMin: null, ageMax: null });
  });

  it("requires an admin to name an existing employer, and links any existing fair", async () => {
    const none = await request(t.app).post("/api/positions").set("Cookie", admin).send(welder);
    expect(none.status).toBe(400);
    expect(none.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "employerId"] })]);
    const unknown = await request(t.app)
      .post("/api/positions")
      .set("Cookie", admin)
      .send({ ...welder, employerId: MISSING });
    expect(unknown.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "employerId"] })]);
    const ok = await request(t.app)
      .post("/api/positions")
      .set("Cookie", admin)
      .send({ ...welder, employerId: otherEmployerId, fairIds: [otherFairId] });
    expect(ok.status).toBe(201);
    expect(ok.body.position).toMatchObject({ employerId: otherEmployerId, fairIds: [otherFairId] });
  });

  it("refuses fairs the employer did not join, naming the fairIds entry, and writes nothing", async () => {
    const before = await t.db.position.count();
    const eventsBefore = await t.db.outboxEvent.count();
    const res = await request(t.app)
      .post("/api/positions")
      .set("Cookie", own)
      .send({ ...welder, title: "不应写入", fairIds: [joinedFairId, otherFairId, MISSING] });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([
      { path: ["body", "fairIds", 1], message: expect.any(String) },
      { path: ["body", "fairIds", 2], message: expect.any(String) },
    ]);
    expect(await t.db.position.count()).toBe(before);
    expect(await t.db.outboxEvent.count()).toBe(eventsBefore);
  });

  it("leaves neither position nor outbox event when the write fails after queuing the event", async () => {
    const before = { positions: await t.db.position.count(), events: await t.db.outboxEvent.count() };
    // A fair deleted between the check and the write: the link fails after the event was queued.
    const write = createPositionsRepository(t.db).create(
      ownEmployerId,
      { ...welder, ageMin: null, ageMax: null, gender: "ANY", tags: [] },
      [MISSING],
    );
    await expect(write).rejects.toThrow();
    expect({ positions: await t.db.position.count(), events: await t.db.outboxEvent.count() }).toEqual(before);
  });

  it("validates the ranges and fields with issue paths", async () => {
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ wageMin: 9000, wageMax: 6000 }, ["body", "wageMax"]],
      [{ openings: 0 }, ["body", "openings"]],
      [{ gender: "OTHER" }, ["body", "gender"]],
      [{ ageMin: 40, ageMax: 30 }, ["body", "ageMax"]],
      [{ ageMin: 15 }, ["body", "ageMin"]],
      [{ ageMax: 71 }, ["body", "ageMax"]],
      [{ tags: Array.from({ length: 11 }, (_, i) => `标签${i}`) }, ["body", "tags"]],
      [{ tags: ["这个标签写得实在是太长了已经超过了二十个字的限制"] }, ["body", "tags", 0]],
      [{ fairIds: [joinedFairId, joinedFairId] }, ["body", "fairIds"]],
      [{ salary: 5000 }, ["body"]],
      [{ openings: "20" }, ["body", "openings"]],
    ];
    const before = await t.db.position.count();
    for (const [patch, path] of cases) {
      const res = await request(t.app)
        .post("/api/positions")
        .set("Cookie", own)
        .send({ ...welder, ...patch });
      expect(res.status, JSON.stringify(patch)).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect(res.body.error.issues.map((i: { path: unknown }) => i.path)).toContainEqual(path);
    }
    const missingTitle = await request(t.app)
      .post("/api/positions")
      .set("Cookie", own)
      .send({ ...welder, title: undefined });
    expect(missingTitle.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "title"] })]);
    expect(await t.db.position.count()).toBe(before);
  });

  it("refuses another employer's id from an employer; 403 for staff, 401 anonymous", async () => {
    const before = await t.db.position.count();
    const foreign = await request(t.app)
      .post("/api/positions")
      .set("Cookie", own)
      .send({ ...welder, employerId: otherEmployerId });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "employerId"] })]);
    expect((await request(t.app).post("/api/positions").set("Cookie", staff).send(welder)).status).toBe(403);
    expect((await request(t.app).post("/api/positions").send(welder)).status).toBe(401);
    expect(await t.db.position.count()).toBe(before);
  });
});

describe("GET /api/positions/:id", () => {
  it("is public and still answers for a closed position", async () => {
    const position = await createPosition(t.db, ownEmployerId, { status: "CLOSED", fairIds: [joinedFairId] });
    const res = await request(t.app).get(`/api/positions/${position.id}`);
    expect(res.status).toBe(200);
    expect(res.body.position).toMatchObject({
      id: position.id,
      status: "CLOSED",
      fairIds: [joinedFairId],
      employer: { name: "中国重汽集团" },
    });
    expect(JSON.stringify(res.body)).not.toContain("creditCode");
    expect((await request(t.app).get(`/api/positions/${MISSING}`)).status).toBe(404);
    expect((await request(t.app).get("/api/positions/not-a-uuid")).status).toBe(400);
  });
});

describe("PATCH /api/positions/:id", () => {
  it("lets the owner change fields and fair links, queueing an event", async () => {
    const position = await createPosition(t.db, ownEmployerId, { fairIds: [joinedFairId] });
    const res = await request(t.app)
      .patch(`/api/positions/${position.id}`)
      .set("Cookie", own)
      .send({ title: "高级电焊工", wageMax: 12000, fairIds: [] });
    expect(res.status).toBe(200);
    expect(res.body.position).toMatchObject({ title: "高级电焊工", wageMax: 12000, fairIds: [] });
    expect(new Date(res.body.position.updatedAt).getTime()).toBeGreaterThan(position.updatedAt.getTime());
    expect(await t.db.fairPosition.count({ where: { positionId: position.id } })).toBe(0);
    expect((await eventsFor(position.id)).map((e) => e.topic)).toEqual(["position.changed"]);
  });

  it("keeps a fair link an admin made even when the employer did not join that fair", async () => {
    const position = await createPosition(t.db, ownEmployerId, { fairIds: [otherFairId] });
    const keep = await request(t.app)
      .patch(`/api/positions/${position.id}`)
      .set("Cookie", own)
      .send({ fairIds: [otherFairId, joinedFairId] });
    expect(keep.status).toBe(200);
    expect([...keep.body.position.fairIds].sort()).toEqual([otherFairId, joinedFairId].sort());
    const unjoined = (await createFair(t.db)).id;
    const add = await request(t.app)
      .patch(`/api/positions/${position.id}`)
      .set("Cookie", own)
      .send({ fairIds: [unjoined] });
    expect(add.status).toBe(400);
    expect(add.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "fairIds", 0] })]);
  });

  it("checks wage and age ranges against the merged position, reporting the field sent", async () => {
    const position = await createPosition(t.db, ownEmployerId); // wages 4000–6000
    const wage = await request(t.app).patch(`/api/positions/${position.id}`).set("Cookie", own).send({ wageMin: 7000 });
    expect(wage.status).toBe(400);
    expect(wage.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "wageMin"] })]);
    await request(t.app).patch(`/api/positions/${position.id}`).set("Cookie", own).send({ ageMin: 30 }).expect(200);
    const age = await request(t.app).patch(`/api/positions/${position.id}`).set("Cookie", own).send({ ageMax: 25 });
    expect(age.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "ageMax"] })]);
    const cleared = await request(t.app).patch(`/api/positions/${position.id}`).set("Cookie", own).send({ ageMin: null, ageMax: 25 });
    expect(cleared.status).toBe(200);
    expect(cleared.body.position).toMatchObject({ ageMin: null, ageMax: 25, wageMin: 4000 });
    expect((await request(t.app).patch(`/api/positions/${position.id}`).set("Cookie", own).send({})).status).toBe(400);
  });

  it("answers 404 to another employer, 403 to staff, and lets an admin edit; nothing written on refusal", async () => {
    const position = await createPosition(t.db, ownEmployerId, { title: "原岗位名" });
    const foreign = await request(t.app).patch(`/api/positions/${position.id}`).set("Cookie", other).send({ title: "被改了" });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe("NOT_FOUND");
    expect((await request(t.app).patch(`/api/positions/${position.id}`).set("Cookie", staff).send({ title: "被改了" })).status).toBe(403);
    expect((await t.db.position.findUniqueOrThrow({ where: { id: position.id } })).title).toBe("原岗位名");
    expect(await eventsFor(position.id)).toEqual([]);
    const byAdmin = await request(t.app).patch(`/api/positions/${position.id}`).set("Cookie", admin).send({ openings: 3 });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.position.openings).toBe(3);
  });
});

describe("POST /api/positions/:id/close", () => {
  it("closes once (one event), and answers the same again", async () => {
    const position = await createPosition(t.db, ownEmployerId);
    const first = await request(t.app).post(`/api/positions/${position.id}/close`).set("Cookie", own);
    expect(first.status).toBe(200);
    expect(first.body.position).toMatchObject({ id: position.id, status: "CLOSED", closedAt: expect.any(String) });
    const again = await request(t.app).post(`/api/positions/${position.id}/close`).set("Cookie", own);
    expect(again.status).toBe(200);
    expect(again.body.position.closedAt).toBe(first.body.position.closedAt);
    expect((await eventsFor(position.id)).length).toBe(1);
  });

  it("answers 404 to another employer and 403 to staff", async () => {
    const position = await createPosition(t.db, ownEmployerId);
    expect((await request(t.app).post(`/api/positions/${position.id}/close`).set("Cookie", other)).status).toBe(404);
    expect((await request(t.app).post(`/api/positions/${position.id}/close`).set("Cookie", staff)).status).toBe(403);
    expect((await request(t.app).post(`/api/positions/${MISSING}/close`).set("Cookie", admin)).status).toBe(404);
    expect((await t.db.position.findUniqueOrThrow({ where: { id: position.id } })).status).toBe("OPEN");
  });
});
