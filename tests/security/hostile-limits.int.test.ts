// The edges of every JSON route, from the registry: a body over 1 MiB → 413, anything but
// JSON → 415, absurd nesting → 400 (and the server keeps answering); nothing written by any
// of them.
import http from "node:http";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../apps/api/src/testing/test-app.ts";
import { describeErrorBodyProblem, responseText } from "./support/answer-checks.ts";
import { changedTables, createDbFingerprinter, type DbFingerprinter } from "./support/db-fingerprint.ts";
import { neutralParams, routeKey, sendRequest } from "./support/route-requests.ts";
import { callerFor, createSecurityWorld, type SecurityWorld } from "./support/security-world.ts";

const t = await createTestApp();
const server = http.createServer(t.app).listen(0, "127.0.0.1");
let world: SecurityWorld;
let prints: DbFingerprinter;

beforeAll(async () => {
  world = await createSecurityWorld(t);
  prints = await createDbFingerprinter(t.databaseUrl);
});
afterAll(async () => {
  await prints?.close();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

const jsonRoutes = t.registry.specs.filter((s) => s.body).map((s) => [routeKey(s), s] as const);
const MIB = 1024 * 1024;
const MULTIPART = '--xz\r\nContent-Disposition: form-data; name="name"\r\n\r\nabc\r\n--xz--\r\n';

/** Sends as a caller the route allows and checks the refusal: status, error code, contract body, no table changed. */
async function expectRefused(
  spec: (typeof jsonRoutes)[number][1],
  raw: { contentType: string; data: string | Buffer },
  status: number,
  code: string,
) {
  const before = await prints.take();
  const res = await sendRequest(server, spec, { params: neutralParams(spec.path, world), raw }, await world.cookieFor(callerFor(spec)));
  const shown = `${raw.contentType}: ${res.status} ${responseText(res).slice(0, 200)}`;
  expect(res.status, shown).toBe(status);
  expect(res.body.error?.code, shown).toBe(code);
  expect(describeErrorBodyProblem(res), shown).toBeNull();
  expect(changedTables(before, await prints.take()), shown).toEqual([]);
}

describe.each(jsonRoutes)("%s", (_key, spec) => {
  it("answers 413 to a JSON body over 1 MiB", async () => {
    await expectRefused(
      spec,
      { contentType: "application/json", data: JSON.stringify({ name: "长".repeat(MIB / 3 + 10) }) },
      413,
      "PAYLOAD_TOO_LARGE",
    );
  });

  it("answers 415 to every body that is not JSON", async () => {
    for (const raw of [
      { contentType: "text/plain", data: '{"name":"abc"}' },
      { contentType: "application/x-www-form-urlencoded", data: "name=abc&consent=true" },
      { contentType: "application/xml", data: "<name>abc</name>" },
      { contentType: "multipart/form-data; boundary=xz", data: MULTIPART },
      { contentType: "application/json; charset=latin1", data: '{"name":"abc"}' },
    ]) {
      await expectRefused(spec, raw, 415, "UNSUPPORTED_MEDIA_TYPE");
    }
  });

  it("answers 400 to 10,000 levels of nesting, as objects and as arrays", async () => {
    for (const data of [`${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`, `${"[".repeat(10_000)}1${"]".repeat(10_000)}`]) {
      await expectRefused(spec, { contentType: "application/json", data }, 400, "VALIDATION_FAILED");
    }
  });
});

describe.each(t.registry.specs.filter((s) => s.path.includes(":")).map((s) => [routeKey(s), s] as const))("%s", (_key, spec) => {
  it("answers 400 to a path parameter that cannot be URL-decoded", async () => {
    for (const broken of ["%E0%A4%A", "%", "%ZZ"]) {
      const path = `/api${spec.path.replace(/:([A-Za-z0-9_]+)/g, broken)}`;
      const res = await request(server)
        [spec.method](path)
        .set("Cookie", (await world.cookieFor(callerFor(spec))) ?? "");
      expect(res.status, `${path}: ${res.text}`).toBe(400);
      expect(describeErrorBodyProblem(res)).toBeNull();
    }
  });
});

describe("the write detector itself", () => {
  it("notices an insert, an update to the same values and a delete (so 'nothing written' can fail)", async () => {
    const fair = await t.db.fair.findUniqueOrThrow({ where: { id: world.fairId } });
    const start = await prints.take();
    await t.db.fair.update({ where: { id: fair.id }, data: { title: fair.title } });
    const updated = await prints.take();
    expect(changedTables(start, updated)).toEqual(["fairs"]);
    const row = await t.db.auditLog.create({ data: { action: "probe", entityType: "test" } });
    const inserted = await prints.take();
    expect(changedTables(updated, inserted)).toEqual(["audit_logs"]);
    await t.db.auditLog.delete({ where: { id: row.id } });
    expect(changedTables(inserted, await prints.take())).toEqual(["audit_logs"]);
  });
});

describe("deep nesting up to the size limit", () => {
  it("answers 400 to 400,000 levels of arrays and 150,000 of objects (under 1 MiB), and keeps serving", async () => {
    const spec = t.registry.specs.find((s) => routeKey(s) === "POST /seekers")!;
    for (const data of [`${"[".repeat(400_000)}${"]".repeat(400_000)}`, `${'{"a":'.repeat(150_000)}1${"}".repeat(150_000)}`]) {
      await expectRefused(spec, { contentType: "application/json", data }, 400, "VALIDATION_FAILED");
    }
    const health = await request(server).get("/api/health");
    expect(health.status).toBe(200);
  });
});
