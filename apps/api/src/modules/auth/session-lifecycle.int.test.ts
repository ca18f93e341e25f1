// Sessions over time (an injected clock moves; the database is real) and the CSRF guard
// on cookie-authenticated writes.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, TEST_SESSION_POLICY, type TestApp } from "../../testing/test-app.ts";

const start = new Date();
const clock = fixedClock(start);
const minutes = (n: number) => n * 60_000;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

const me = (cookie: string) => request(t.app).get("/api/auth/me").set("Cookie", cookie);

describe("session rotation", () => {
  it("gives a fresh id at every login, stored only as a hash, and the replaced cookie stops working", async () => {
    clock.set(start);
    const user = await createUser(t.db, { role: "STAFF" });
    const cookies = [await signIn(t.app, user.username, user.password)];
    for (let i = 0; i < 3; i++) {
      const res = await request(t.app)
        .post("/api/auth/login")
        .set("Cookie", cookies.at(-1)!)
        .send({ username: user.username, password: user.password });
      expect(res.status).toBe(200);
      cookies.push(String(res.headers["set-cookie"]).split(";")[0]!);
    }
    expect(new Set(cookies).size).toBe(4);
    const rows = await t.db.session.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => r.revokedAt === null)).toHaveLength(1);
    for (const cookie of cookies) expect(rows.map((r) => r.id)).not.toContain(cookie.split("=")[1]);
    for (const old of cookies.slice(0, -1)) expect((await me(old)).status).toBe(401);
    expect((await me(cookies.at(-1)!)).status).toBe(200);
  });
});

describe("timeouts (injected clock)", () => {
  it("ends a session left idle longer than the idle timeout, and keeps one in use alive", async () => {
    clock.set(start);
    const user = await createUser(t.db, { role: "STAFF" });
    const idle = await signIn(t.app, user.username, user.password);
    const busy = await signIn(t.app, user.username, user.password);
    // Used every 20 minutes (under the 30-minute idle limit): still signed in after an hour.
    for (const at of [20, 40, 60]) {
      clock.set(new Date(start.getTime() + minutes(at)));
      expect((await me(busy)).status).toBe(200);
    }
    expect((await me(idle)).status).toBe(401);
    // Just inside and just past the idle limit, measured from the last use.
    clock.set(new Date(start.getTime() + minutes(60 + TEST_SESSION_POLICY.idleMinutes) - 1_000));
    expect((await me(busy)).status).toBe(200);
    clock.set(new Date(start.getTime() + minutes(60 + 2 * TEST_SESSION_POLICY.idleMinutes) + 1_000));
    const expired = await me(busy);
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe("UNAUTHENTICATED");
  });

  it("ends a session at the absolute limit however busy it is", async () => {
    clock.set(start);
    const user = await createUser(t.db, { role: "ADMIN" });
    const cookie = await signIn(t.app, user.username, user.password);
    const absoluteMs = TEST_SESSION_POLICY.absoluteHours * 60 * minutes(1);
    for (let at = minutes(25); at < absoluteMs; at += minutes(25)) {
      clock.set(new Date(start.getTime() + at));
      expect((await me(cookie)).status, `used at +${at / 60_000} min`).toBe(200);
    }
    clock.set(new Date(start.getTime() + absoluteMs));
    expect((await me(cookie)).status).toBe(401);
    // A new sign-in works and starts a new absolute window.
    expect((await me(await signIn(t.app, user.username, user.password))).status).toBe(200);
  });
});

describe("CSRF: cookie-authenticated writes", () => {
  const body = (name: string) => ({ username: name, password: "long-enough-pw", role: "STAFF" });
  let admin: string;
  beforeAll(async () => {
    clock.set(start);
    const a = await createUser(t.db, { role: "ADMIN" });
    admin = await signIn(t.app, a.username, a.password);
  });

  async function create(name: string, headers: Record<string, string>) {
    let req = request(t.app).post("/api/users").set("Cookie", admin);
    for (const [key, value] of Object.entries(headers)) req = req.set(key, value);
    return req.send(body(name));
  }

  it("refuses a foreign Origin, an opaque Origin, a foreign Referer and Sec-Fetch-Site cross-site, writing nothing", async () => {
    clock.set(start);
    const cases: [string, Record<string, string>][] = [
      ["csrf_origin", { Origin: "https://evil.example" }],
      ["csrf_origin_port", { Origin: "http://127.0.0.1:1" }],
      ["csrf_null", { Origin: "null" }],
      ["csrf_referer", { Referer: "https://evil.example/page" }],
      ["csrf_fetch_site", { "Sec-Fetch-Site": "cross-site" }],
    ];
    for (const [name, headers] of cases) {
      const res = await create(name, headers);
      expect(res.status, name).toBe(403);
      expect(res.body.error.code).toBe("FORBIDDEN");
    }
    // The same holds for a PATCH and for sign-in itself (no login CSRF).
    const patch = await request(t.app)
      .patch(`/api/users/${(await createUser(t.db, { role: "STAFF" })).id}`)
      .set("Cookie", admin)
      .set("Origin", "https://evil.example")
      .send({ disabled: true });
    expect(patch.status).toBe(403);
    const login = await request(t.app).post("/api/auth/login").set("Origin", "https://evil.example").send({ username: "x", password: "y" });
    expect(login.status).toBe(403);
    expect(await t.db.user.count({ where: { username: { startsWith: "csrf_" } } })).toBe(0);
    expect(await t.db.user.count({ where: { disabledAt: { not: null } } })).toBe(0);
  });

  it("accepts the same origin (by Origin or by Referer) and a client that sends neither", async () => {
    clock.set(start);
    expect((await create("no_origin", {})).status).toBe(201);
    // The host the browser addressed is the one Origin must name.
    const here = { Host: "xiezuo.example.cn" };
    expect((await create("same_by_origin", { ...here, Origin: "https://xiezuo.example.cn" })).status).toBe(201);
    expect((await create("same_by_referer", { ...here, Referer: "https://xiezuo.example.cn/users" })).status).toBe(201);
    expect(
      (await create("same_fetch_site", { ...here, Origin: "https://xiezuo.example.cn", "Sec-Fetch-Site": "same-origin" })).status,
    ).toBe(201);
    expect((await create("other_sub", { ...here, Origin: "https://evil.xiezuo.example.cn" })).status).toBe(403);
  });

  it("leaves reads alone whatever their Origin", async () => {
    const res = await request(t.app).get("/api/users").set("Cookie", admin).set("Origin", "https://evil.example");
    expect(res.status).toBe(200);
  });
});
