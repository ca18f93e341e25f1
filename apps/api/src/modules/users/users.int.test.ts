import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let admin: string;
let staff: string;
beforeAll(async () => {
  t = await createTestApp();
  const a = await createUser(t.db, { role: "ADMIN" });
  const s = await createUser(t.db, { role: "STAFF" });
  admin = await signIn(t.app, a.username, a.password);
  staff = await signIn(t.app, s.username, s.password);
});
afterAll(() => t.close());

describe("POST /api/users", () => {
  it("creates an employer account that can sign in, and audits it", async () => {
    const employer = await createEmployer(t.db);
    const res = await request(t.app)
      .post("/api/users")
      .set("Cookie", admin)
      .send({ username: "zhaopin.wang", password: "a-long-password", role: "EMPLOYER", employerId: employer.id });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ username: "zhaopin.wang", role: "EMPLOYER", employerId: employer.id });
    expect(JSON.stringify(res.body)).not.toContain("password");
    await signIn(t.app, "zhaopin.wang", "a-long-password");
    const audit = await t.db.auditLog.findFirst({ where: { entityId: res.body.user.id } });
    expect(audit?.action).toBe("user.create");
  });

  it("stores a scrypt hash, never the password", async () => {
    await request(t.app).post("/api/users").set("Cookie", admin).send({ username: "desk.li", password: "another-long-pw", role: "STAFF" });
    const row = await t.db.user.findUniqueOrThrow({ where: { username: "desk.li" } });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(row.passwordHash).not.toContain("another-long-pw");
  });

  it("answers 409 CONFLICT to a duplicate username", async () => {
    const body = { username: "dup.user", password: "long-enough-pw", role: "STAFF" };
    expect((await request(t.app).post("/api/users").set("Cookie", admin).send(body)).status).toBe(201);
    const again = await request(t.app).post("/api/users").set("Cookie", admin).send(body);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("CONFLICT");
  });

  it("requires employerId exactly when the role is EMPLOYER", async () => {
    const missing = await request(t.app)
      .post("/api/users")
      .set("Cookie", admin)
      .send({ username: "no.employer", password: "long-enough-pw", role: "EMPLOYER" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "employerId"] })]);
    const employer = await createEmployer(t.db);
    const extra = await request(t.app)
      .post("/api/users")
      .set("Cookie", admin)
      .send({ username: "staff.extra", password: "long-enough-pw", role: "STAFF", employerId: employer.id });
    expect(extra.status).toBe(400);
    expect(await t.db.user.count({ where: { username: { in: ["no.employer", "staff.extra"] } } })).toBe(0);
  });

  it("answers 401 without a session and 403 for other roles", async () => {
    const body = { username: "someone.new", password: "long-enough-pw", role: "STAFF" };
    expect((await request(t.app).post("/api/users").send(body)).status).toBe(401);
    const forbidden = await request(t.app).post("/api/users").set("Cookie", staff).send(body);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe("FORBIDDEN");
    expect(await t.db.user.count({ where: { username: "someone.new" } })).toBe(0);
  });
});

describe("GET /api/users", () => {
  it("shows each account's disabled state, following PATCH both ways", async () => {
    const target = await createUser(t.db, { role: "STAFF" });
    const find = async () => {
      const res = await request(t.app).get("/api/users?limit=200").set("Cookie", admin);
      expect(res.status).toBe(200);
      return (res.body.users as { id: string; disabled: boolean }[]).find((user) => user.id === target.id);
    };
    expect(await find()).toMatchObject({ id: target.id, username: target.username, disabled: false });
    expect((await request(t.app).patch(`/api/users/${target.id}`).set("Cookie", admin).send({ disabled: true })).status).toBe(200);
    expect((await find())?.disabled).toBe(true);
    expect((await request(t.app).patch(`/api/users/${target.id}`).set("Cookie", admin).send({ disabled: false })).status).toBe(200);
    expect((await find())?.disabled).toBe(false);
  });
});
