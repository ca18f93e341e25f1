import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createFair, createPosition, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let admin: string;
let staff: string;
let otherEmployerId: string;

beforeAll(async () => {
  t = await createTestApp();
  otherEmployerId = (await createEmployer(t.db)).id;
  const a = await createUser(t.db, { role: "ADMIN" });
  const s = await createUser(t.db, { role: "STAFF" });
  admin = await signIn(t.app, a.username, a.password);
  staff = await signIn(t.app, s.username, s.password);
});
afterAll(() => t.close());

describe("GET /api/positions", () => {
  it("shows an employer only its own positions, filtered by fair and status", async () => {
    const employer = await createEmployer(t.db);
    const fair = await createFair(t.db);
    const user = await createUser(t.db, { role: "EMPLOYER", employerId: employer.id });
    const cookie = await signIn(t.app, user.username, user.password);
    const inFair = await createPosition(t.db, employer.id, { fairIds: [fair.id] });
    const closed = await createPosition(t.db, employer.id, { status: "CLOSED" });
    const res = await request(t.app).get("/api/positions").set("Cookie", cookie);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.positions.map((p: { id: string }) => p.id).sort()).toEqual([inFair.id, closed.id].sort());
    const byFair = await request(t.app).get(`/api/positions?fairId=${fair.id}`).set("Cookie", cookie);
    expect(byFair.body.positions.map((p: { id: string }) => p.id)).toEqual([inFair.id]);
    const byStatus = await request(t.app).get("/api/positions?status=CLOSED").set("Cookie", cookie);
    expect(byStatus.body.positions.map((p: { id: string }) => p.id)).toEqual([closed.id]);
    expect((await request(t.app).get(`/api/positions?employerId=${otherEmployerId}`).set("Cookie", cookie)).status).toBe(404);
  });

  it("lets admins and staff list any employer's positions, paged; 401 anonymous", async () => {
    const employer = await createEmployer(t.db);
    for (let i = 0; i < 3; i++) await createPosition(t.db, employer.id);
    const page = await request(t.app).get(`/api/positions?employerId=${employer.id}&limit=2&offset=0`).set("Cookie", staff);
    expect(page.status).toBe(200);
    expect(page.body.positions).toHaveLength(2);
    expect(page.body.total).toBe(3);
    const rest = await request(t.app).get(`/api/positions?employerId=${employer.id}&limit=2&offset=2`).set("Cookie", admin);
    expect(rest.body.positions).toHaveLength(1);
    expect((await request(t.app).get("/api/positions")).status).toBe(401);
    expect((await request(t.app).get("/api/positions?limit=0").set("Cookie", admin)).status).toBe(400);
  });
});
