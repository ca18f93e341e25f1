import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../testing/factories.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function sessionCookie(res: request.Response): string {
  const raw = ([] as string[]).concat(res.headers["set-cookie"] ?? []);
  const cookie = raw.find((c) => c.startsWith("xz_session="));
  if (!cookie) throw new Error("no session cookie set");
  return cookie;
}

describe("auth", () => {
  it("signs in with an HttpOnly SameSite cookie and answers /me", async () => {
    const user = await createUser(t.db, { role: "STAFF" });
    const res = await request(t.app).post("/api/auth/login").send({ username: user.username, password: user.password });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: { id: user.id, username: user.username, role: "STAFF", employerId: null, organisationId: null, displayName: null },
    });
    const cookie = sessionCookie(res);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    const me = await request(t.app).get("/api/auth/me").set("Cookie", cookie.split(";")[0]!);
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe(user.username);
    expect(JSON.stringify(me.body)).not.toContain("passwordHash");
  });

  it("stores only a hash of the session token", async () => {
    const user = await createUser(t.db, { role: "ADMIN" });
    const res = await request(t.app).post("/api/auth/login").send({ username: user.username, password: user.password });
    const token = sessionCookie(res).split(";")[0]!.split("=")[1]!;
    const sessions = await t.db.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.id).not.toBe(token);
  });

  it("gives a new session id at every login and revokes the one it replaces", async () => {
    const user = await createUser(t.db, { role: "STAFF" });
    const first = sessionCookie(
      await request(t.app).post("/api/auth/login").send({ username: user.username, password: user.password }),
    ).split(";")[0]!;
    const second = sessionCookie(
      await request(t.app).post("/api/auth/login").set("Cookie", first).send({ username: user.username, password: user.password }),
    ).split(";")[0]!;
    expect(second).not.toBe(first);
    expect((await request(t.app).get("/api/auth/me").set("Cookie", first)).status).toBe(401);
    expect((await request(t.app).get("/api/auth/me").set("Cookie", second)).status).toBe(200);
  });

  it("answers 401 with the contract's error body for wrong credentials and unknown users", async () => {
    const user = await createUser(t.db, { role: "STAFF" });
    for (const body of [
      { username: user.username, password: "wrong-password" },
      { username: "nobody-here", password: "whatever-it-is" },
    ]) {
      const res = await request(t.app).post("/api/auth/login").send(body);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe("UNAUTHENTICATED");
      expect(res.body.error.requestId).toBe(res.headers["x-request-id"]);
    }
  });

  it("rate-limits repeated failures with 429, even for the right password", async () => {
    const user = await createUser(t.db, { role: "STAFF" });
    for (let i = 0; i < 5; i++) {
      const res = await request(t.app)
        .post("/api/auth/login")
        .send({ username: user.username, password: `bad-${i}` });
      expect(res.status).toBe(401);
    }
    const locked = await request(t.app).post("/api/auth/login").send({ username: user.username, password: user.password });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("RATE_LIMITED");
    const rows = await t.db.rateLimit.findMany({ where: { key: { startsWith: "login:user:" } } });
    expect(rows.some((r) => r.key === `login:user:${user.username}` && r.count === 5)).toBe(true);
  });

  it("logout revokes the session (204) and /me then answers 401", async () => {
    const user = await createUser(t.db, { role: "STAFF" });
    const cookie = sessionCookie(
      await request(t.app).post("/api/auth/login").send({ username: user.username, password: user.password }),
    ).split(";")[0]!;
    const out = await request(t.app).post("/api/auth/logout").set("Cookie", cookie);
    expect(out.status).toBe(204);
    const me = await request(t.app).get("/api/auth/me").set("Cookie", cookie);
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a disabled user's live session", async () => {
    const user = await createUser(t.db, { role: "STAFF" });
    const cookie = sessionCookie(
      await request(t.app).post("/api/auth/login").send({ username: user.username, password: user.password }),
    ).split(";")[0]!;
    await t.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await request(t.app).get("/api/auth/me").set("Cookie", cookie)).status).toBe(401);
  });

  it("rejects unknown keys in the login body", async () => {
    const res = await request(t.app).post("/api/auth/login").send({ username: "a", password: "b", admin: true });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
    expect(res.body.error.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: ["body"] })]));
  });
});
