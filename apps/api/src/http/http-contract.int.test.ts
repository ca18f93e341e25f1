import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../testing/factories.ts";
import { signIn } from "../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let adminCookie: string;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await createUser(t.db, { role: "ADMIN" });
  adminCookie = await signIn(t.app, admin.username, admin.password);
});
afterAll(() => t.close());

describe("HTTP conventions of the contract", () => {
  it("GET /api/health reports the database and the search engine", async () => {
    const res = await request(t.app).get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", db: "ok", search: "ok" });
  });

  it("answers 415 to a non-JSON body on a JSON route, and writes nothing", async () => {
    const before = await t.db.user.count();
    const res = await request(t.app)
      .post("/api/users")
      .set("Cookie", adminCookie)
      .set("Content-Type", "text/plain")
      .send("username=x&password=y");
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(await t.db.user.count()).toBe(before);
  });

  it("answers 413 to a body over 1 MiB", async () => {
    const res = await request(t.app)
      .post("/api/users")
      .set("Cookie", adminCookie)
      .set("Content-Type", "application/json")
      .send(JSON.stringify({ username: "big", password: "x".repeat(1024 * 1024 + 10), role: "STAFF" }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers 400 VALIDATION_FAILED to malformed JSON", async () => {
    const res = await request(t.app).post("/api/auth/login").set("Content-Type", "application/json").send('{"username": ');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "VALIDATION_FAILED", requestId: expect.any(String) });
  });

  it("answers 404 NOT_FOUND to unknown API routes and malformed ids", async () => {
    const unknown = await request(t.app).get("/api/nothing-here");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("NOT_FOUND");
    const badId = await request(t.app).get("/api/fairs/not-a-uuid");
    expect(badId.status).toBe(400);
    expect(badId.body.error.issues[0].path).toEqual(["params", "id"]);
  });

  it("rejects unknown query parameters", async () => {
    const res = await request(t.app).get("/api/fairs?colour=blue");
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toEqual(["query"]);
  });

  it("refuses cookie-authenticated writes from another origin", async () => {
    const res = await request(t.app)
      .post("/api/users")
      .set("Cookie", adminCookie)
      .set("Origin", "https://evil.example")
      .send({ username: "csrf_user", password: "long-enough-pw", role: "STAFF" });
    expect(res.status).toBe(403);
    expect(await t.db.user.count({ where: { username: "csrf_user" } })).toBe(0);
  });

  it("keeps a sane caller request id and sets security headers", async () => {
    const res = await request(t.app).get("/api/health").set("X-Request-Id", "lb-abcdef123456");
    expect(res.headers["x-request-id"]).toBe("lb-abcdef123456");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });

  it("serves an OpenAPI document generated from the route schemas", async () => {
    const res = await request(t.app).get("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    const login = res.body.paths["/api/auth/login"].post;
    expect(login.requestBody.content["application/json"].schema.required).toEqual(["username", "password"]);
    expect(login.requestBody.content["application/json"].schema.additionalProperties).toBe(false);
    expect(res.body.paths["/api/fairs/{id}/stats"].get.parameters[0]).toMatchObject({ name: "id", in: "path", required: true });
    const documented = Object.keys(res.body.paths).length;
    expect(documented).toBe(new Set(t.registry.specs.map((s) => s.path)).size);
  });

  it("logs requests by route pattern, never with the raw URL", async () => {
    await request(t.app).get("/api/fairs?status=OPEN&limit=5");
    const lines = t.logs.join("");
    expect(lines).toContain('"route":"/api/fairs"');
    expect(lines).not.toContain("status=OPEN");
  });
});
