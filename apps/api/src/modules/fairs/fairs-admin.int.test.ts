import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createFair, createPosition, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let admin: string;
let staff: string;
let employerCookie: string;
beforeAll(async () => {
  t = await createTestApp();
  const a = await createUser(t.db, { role: "ADMIN" });
  const s = await createUser(t.db, { role: "STAFF" });
  const employer = await createEmployer(t.db);
  const e = await createUser(t.db, { role: "EMPLOYER", employerId: employer.id });
  admin = await signIn(t.app, a.username, a.password);
  staff = await signIn(t.app, s.username, s.password);
  employerCookie = await signIn(t.app, e.username, e.password);
});
afterAll(() => t.close());

const newFair = {
  title: "济南—湘西劳务协作吉首专场",
  venue: "吉首市人力资源市场",
  startsAt: "2026-06-01T09:00:00+08:00",
  endsAt: "2026-06-01T12:00:00+08:00",
  hostRegionCode: "433101",
  partnerRegionCode: "370100",
};

describe("POST /api/fairs", () => {
  it("creates a DRAFT fair", async () => {
    const res = await request(t.app).post("/api/fairs").set("Cookie", admin).send(newFair);
    expect(res.status).toBe(201);
    expect(res.body.fair).toMatchObject({ title: newFair.title, status: "DRAFT", employerCount: 0, startsAt: "2026-06-01T01:00:00.000Z" });
    expect((await request(t.app).get(`/api/fairs/${res.body.fair.id}`)).body.fair.status).toBe("DRAFT");
  });

  it("rejects an end before the start and a status in the body, writing nothing", async () => {
    const before = await t.db.fair.count();
    const reversed = await request(t.app)
      .post("/api/fairs")
      .set("Cookie", admin)
      .send({ ...newFair, endsAt: "2026-06-01T08:00:00+08:00" });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "endsAt"] })]);
    const withStatus = await request(t.app)
      .post("/api/fairs")
      .set("Cookie", admin)
      .send({ ...newFair, status: "OPEN" });
    expect(withStatus.status).toBe(400);
    expect(await t.db.fair.count()).toBe(before);
  });

  it("is for admins only", async () => {
    expect((await request(t.app).post("/api/fairs").send(newFair)).status).toBe(401);
    expect((await request(t.app).post("/api/fairs").set("Cookie", staff).send(newFair)).status).toBe(403);
    expect((await request(t.app).post("/api/fairs").set("Cookie", employerCookie).send(newFair)).status).toBe(403);
  });
});

describe("PATCH /api/fairs/:id", () => {
  it("opens a fair and changes its title", async () => {
    const fair = await createFair(t.db, { status: "DRAFT" });
    const res = await request(t.app).patch(`/api/fairs/${fair.id}`).set("Cookie", admin).send({ status: "OPEN", title: "改名后的招聘会" });
    expect(res.status).toBe(200);
    expect(res.body.fair).toMatchObject({ id: fair.id, status: "OPEN", title: "改名后的招聘会" });
    expect((await t.db.fair.findUniqueOrThrow({ where: { id: fair.id } })).status).toBe("OPEN");
  });

  it("never moves an opened fair back to DRAFT, but reopens a closed one", async () => {
    const fair = await createFair(t.db, { status: "CLOSED" });
    const back = await request(t.app).patch(`/api/fairs/${fair.id}`).set("Cookie", admin).send({ status: "DRAFT", title: "不应写入" });
    expect(back.status).toBe(409);
    expect(back.body.error).toMatchObject({ code: "CONFLICT", currentStatus: "CLOSED" });
    const stored = await t.db.fair.findUniqueOrThrow({ where: { id: fair.id } });
    expect(stored).toMatchObject({ status: "CLOSED", title: fair.title });
    const reopen = await request(t.app).patch(`/api/fairs/${fair.id}`).set("Cookie", admin).send({ status: "OPEN" });
    expect(reopen.status).toBe(200);
    expect(reopen.body.fair.status).toBe("OPEN");
  });

  it("checks endsAt > startsAt against the merged fair", async () => {
    const fair = await createFair(t.db); // 2026-05-20 01:00Z – 08:00Z
    const endBeforeStart = await request(t.app)
      .patch(`/api/fairs/${fair.id}`)
      .set("Cookie", admin)
      .send({ endsAt: "2026-05-20T00:30:00Z" });
    expect(endBeforeStart.status).toBe(400);
    expect(endBeforeStart.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "endsAt"] })]);
    const startAfterEnd = await request(t.app)
      .patch(`/api/fairs/${fair.id}`)
      .set("Cookie", admin)
      .send({ startsAt: "2026-05-20T09:00:00Z" });
    expect(startAfterEnd.status).toBe(400);
    expect(startAfterEnd.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "startsAt"] })]);
    const row = await t.db.fair.findUniqueOrThrow({ where: { id: fair.id } });
    expect([row.startsAt.toISOString(), row.endsAt.toISOString()]).toEqual([fair.startsAt.toISOString(), fair.endsAt.toISOString()]);
    const moved = await request(t.app).patch(`/api/fairs/${fair.id}`).set("Cookie", admin).send({ startsAt: "2026-05-20T07:00:00Z" });
    expect(moved.status).toBe(200);
  });

  it("answers 400 to an empty body or a bad status, 404 to an unknown fair, 403 to staff", async () => {
    const fair = await createFair(t.db);
    expect((await request(t.app).patch(`/api/fairs/${fair.id}`).set("Cookie", admin).send({})).status).toBe(400);
    const bad = await request(t.app).patch(`/api/fairs/${fair.id}`).set("Cookie", admin).send({ status: "CANCELLED" });
    expect(bad.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "status"] })]);
    const missing = await request(t.app)
      .patch("/api/fairs/00000000-0000-4000-8000-000000000000")
      .set("Cookie", admin)
      .send({ status: "OPEN" });
    expect(missing.status).toBe(404);
    expect((await request(t.app).patch(`/api/fairs/${fair.id}`).set("Cookie", staff).send({ status: "CLOSED" })).status).toBe(403);
    expect((await t.db.fair.findUniqueOrThrow({ where: { id: fair.id } })).status).toBe("OPEN");
  });
});

describe("POST and GET /api/fairs/:id/employers", () => {
  it("joins an employer (201), then updates its booth (200), and lists it publicly", async () => {
    const fair = await createFair(t.db);
    const employer = await createEmployer(t.db, { name: "山东重工集团" });
    await createPosition(t.db, employer.id, { fairIds: [fair.id], openings: 30 });
    await createPosition(t.db, employer.id, { fairIds: [fair.id], openings: 7, status: "CLOSED" });
    const first = await request(t.app)
      .post(`/api/fairs/${fair.id}/employers`)
      .set("Cookie", admin)
      .send({ employerId: employer.id, booth: "A01" });
    expect(first.status).toBe(201);
    expect(first.body.fairEmployer).toMatchObject({ fairId: fair.id, employerId: employer.id, name: "山东重工集团", booth: "A01" });
    const again = await request(t.app)
      .post(`/api/fairs/${fair.id}/employers`)
      .set("Cookie", admin)
      .send({ employerId: employer.id, booth: "B07" });
    expect(again.status).toBe(200);
    expect(again.body.fairEmployer.booth).toBe("B07");
    const keep = await request(t.app).post(`/api/fairs/${fair.id}/employers`).set("Cookie", admin).send({ employerId: employer.id });
    expect(keep.status).toBe(200);
    expect(keep.body.fairEmployer.booth).toBe("B07");
    expect(await t.db.fairEmployer.count({ where: { fairId: fair.id } })).toBe(1);

    const list = await request(t.app).get(`/api/fairs/${fair.id}/employers`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      employers: [expect.objectContaining({ employerId: employer.id, booth: "B07", openPositions: 1, openings: 30, kind: "PRIVATE" })],
      total: 1,
    });
    expect(JSON.stringify(list.body)).not.toContain(employer.creditCode);
    expect((await request(t.app).get(`/api/fairs/${fair.id}`)).body.fair.employerCount).toBe(1);
  });

  it("creates exactly one participation under concurrent joins", async () => {
    const fair = await createFair(t.db);
    const employer = await createEmployer(t.db);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        request(t.app).post(`/api/fairs/${fair.id}/employers`).set("Cookie", admin).send({ employerId: employer.id }),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(await t.db.fairEmployer.count({ where: { fairId: fair.id } })).toBe(1);
  });

  it("answers 400 for an unknown employer, 404 for an unknown fair, 403 for an employer account", async () => {
    const fair = await createFair(t.db);
    const employer = await createEmployer(t.db);
    const unknown = await request(t.app)
      .post(`/api/fairs/${fair.id}/employers`)
      .set("Cookie", admin)
      .send({ employerId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "employerId"] })]);
    const noFair = await request(t.app)
      .post("/api/fairs/00000000-0000-4000-8000-000000000000/employers")
      .set("Cookie", admin)
      .send({ employerId: employer.id });
    expect(noFair.status).toBe(404);
    expect((await request(t.app).get("/api/fairs/00000000-0000-4000-8000-000000000000/employers")).status).toBe(404);
    const asEmployer = await request(t.app)
      .post(`/api/fairs/${fair.id}/employers`)
      .set("Cookie", employerCookie)
      .send({ employerId: employer.id });
    expect(asEmployer.status).toBe(403);
    expect(await t.db.fairEmployer.count({ where: { fairId: fair.id } })).toBe(0);
  });
});
