// Every registered route × every persona, generated from the RouteRegistry: anonymous → 401
// on anything not public, a role the route does not allow → 403 with a bare error body and
// nothing written, an allowed role passes the gate and finds no one else's data. Then the
// one explicit table: an EMPLOYER's own object answers 2xx, the other employer's 404.

import type { Response } from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnyRouteSpec } from "../../apps/api/src/http/route.ts";
import { createTestApp } from "../../apps/api/src/testing/test-app.ts";
import { findAccessViolations } from "./support/access-policy.ts";
import { describeErrorBodyProblem, findMarkers, foreignMarkers, isBareRefusal, responseText } from "./support/answer-checks.ts";
import { changedTables, createDbFingerprinter, type DbFingerprinter } from "./support/db-fingerprint.ts";
import { listExpressRoutes } from "./support/express-routes.ts";
import { OBJECT_CASES, otherSideMarkers, SHARED_OBJECT_ROUTES } from "./support/object-cases.ts";
import { neutralParams, paramNames, REQUIRED_QUERIES, routeKey, sendRequest } from "./support/route-requests.ts";
import { createSecurityWorld, PERSONAS, type Persona, type SecurityWorld } from "./support/security-world.ts";

const t = await createTestApp();
const specs = t.registry.specs;
let world: SecurityWorld;
let prints: DbFingerprinter;

beforeAll(async () => {
  world = await createSecurityWorld(t);
  prints = await createDbFingerprinter(t.databaseUrl);
});
afterAll(async () => {
  await prints?.close();
  await t.close();
});

type Gate = "pass" | 401 | 403;
function expectedGate(access: AnyRouteSpec["access"], persona: Persona): Gate {
  if (access === "public") return "pass";
  if (persona === "ANONYMOUS") return 401;
  if (access === "signed-in") return "pass";
  return access.includes(persona) ? "pass" : 403;
}

const describeAnswer = (res: Response) => `${res.status} ${responseText(res).slice(0, 300)}`;
const specByKey = new Map(specs.map((s) => [routeKey(s), s]));

describe("the route registry", () => {
  it("declares every route's access by the rules (no public people, SEEKER only under /me, ADMIN on staff routes)", () => {
    expect(findAccessViolations(specs)).toEqual([]);
  });

  it("the rules reject a route declared with the wrong access", () => {
    const redeclare = (key: string, access: AnyRouteSpec["access"]): AnyRouteSpec => ({ ...specByKey.get(key)!, access });
    const wrong = [
      redeclare("GET /seekers/:id", "public"),
      redeclare("GET /intents", "signed-in"),
      redeclare("POST /seekers", ["STAFF"]),
      redeclare("GET /placements/:id", ["ADMIN", "SEEKER"]),
      { ...specByKey.get("GET /fairs")!, method: "post" as const, path: "/fairs/open-door", access: "public" as const },
    ];
    const violations = findAccessViolations(wrong);
    expect(violations).toHaveLength(wrong.length);
  });

  it("every route of the API is declared through the registry (no undeclared handler escapes the matrix)", () => {
    const undeclared = listExpressRoutes(t.app).filter((key) => !specByKey.has(key) && key !== "GET /openapi.json");
    expect(undeclared).toEqual([]);
  });

  it("every path parameter names a known kind of object", () => {
    for (const spec of specs) expect(() => neutralParams(spec.path, world), routeKey(spec)).not.toThrow();
  });

  it("every route an EMPLOYER or SEEKER may call with an object id is classified as owner-scoped or shared", () => {
    const unclassified = specs
      .filter((s) => paramNames(s.path).length > 0 && s.access !== "public")
      .filter((s) => s.access === "signed-in" || s.access.includes("EMPLOYER") || s.access.includes("SEEKER"))
      .map(routeKey)
      .filter((key) => !(key in OBJECT_CASES) && !(key in SHARED_OBJECT_ROUTES));
    expect(unclassified, "add them to OBJECT_CASES or SHARED_OBJECT_ROUTES in tests/security/support/object-cases.ts").toEqual([]);
  });

  it("the own/other table names only registered routes that an EMPLOYER may call", () => {
    for (const key of Object.keys(OBJECT_CASES)) {
      const spec = specByKey.get(key);
      expect(spec, `${key} is in OBJECT_CASES but not registered`).toBeDefined();
      expect(expectedGate(spec!.access, "EMPLOYER"), key).toBe("pass");
    }
  });
});

describe.each(specs.map((spec) => [routeKey(spec), spec] as const))("%s", (_key, spec) => {
  it.each(PERSONAS)("as %s: answers as its declared access says, and leaks nothing", async (persona) => {
    const gate = expectedGate(spec.access, persona);
    const cookie = await world.cookieFor(persona);
    const parts = { params: neutralParams(spec.path, world), query: REQUIRED_QUERIES[routeKey(spec)], body: spec.body ? {} : undefined };
    const before = gate === "pass" ? null : await prints.take();
    const res = await sendRequest(t.app, spec, parts, cookie);

    if (gate !== "pass") {
      expect(res.status, describeAnswer(res)).toBe(gate);
      expect(isBareRefusal(res, gate === 401 ? "UNAUTHENTICATED" : "FORBIDDEN"), describeAnswer(res)).toBe(true);
      expect(changedTables(before!, await prints.take())).toEqual([]);
      return;
    }
    expect([401, 403], describeAnswer(res)).not.toContain(res.status);
    expect(res.status, describeAnswer(res)).toBeLessThan(500);
    if (res.status >= 400) expect(describeErrorBodyProblem(res)).toBeNull();
    // Reads work for whoever passes the gate: staff on any object, everyone on lists and /me.
    if (spec.method === "get" && (persona === "ADMIN" || persona === "STAFF" || paramNames(spec.path).length === 0)) {
      expect(res.status, describeAnswer(res)).toBe(200);
    }
    if (spec.method === "get" && res.status < 300) {
      expect(findMarkers(responseText(res), foreignMarkers(world, persona))).toEqual([]);
    }
  });
});

describe("an EMPLOYER and objects: its own answer 2xx, the other employer's 404", () => {
  it.each(Object.entries(OBJECT_CASES))("%s", async (key, objectCase) => {
    const spec = specByKey.get(key);
    expect(spec, `${key} is not registered`).toBeDefined();
    const before = await prints.take();
    const other = await sendRequest(t.app, spec!, objectCase.other(world), await world.cookieFor("EMPLOYER"));
    if (objectCase.otherAnswer === 404) {
      expect(other.status, describeAnswer(other)).toBe(404);
      expect(isBareRefusal(other, "NOT_FOUND"), describeAnswer(other)).toBe(true);
      expect(changedTables(before, await prints.take())).toEqual([]);
    } else {
      expect(other.status, describeAnswer(other)).toBe(200);
      expect(findMarkers(responseText(other), otherSideMarkers(world))).toEqual([]);
    }

    const own = await sendRequest(t.app, spec!, objectCase.own(world), await world.cookieFor("EMPLOYER"));
    expect(own.status, describeAnswer(own)).toBeGreaterThanOrEqual(200);
    expect(own.status, describeAnswer(own)).toBeLessThan(300);
    expect(findMarkers(responseText(own), otherSideMarkers(world))).toEqual([]);
  });

  it("the other employer is refused the mine side in the same way (the check is not one-sided)", async () => {
    const cookie = await world.cookieForUser(world.other.userId);
    for (const [path, id] of [
      ["/placements/:id", world.mine.placementId],
      ["/seekers/:id", world.mine.seeker.id],
    ] as const) {
      const res = await sendRequest(t.app, { method: "get", path }, { params: { id } }, cookie);
      expect(res.status, `${path} ${describeAnswer(res)}`).toBe(404);
    }
  });
});

describe("a SEEKER sees only itself", () => {
  const meReads = specs.filter(
    (s) => s.method === "get" && (s.path === "/me" || s.path.startsWith("/me/")) && paramNames(s.path).length === 0,
  );

  it.runIf(meReads.length > 0)("its /me reads name itself and nobody else, for each of two seekers", async () => {
    for (const [who, stranger] of [
      [world.self, world.stranger],
      [world.stranger, world.self],
    ] as const) {
      const cookie = await world.cookieForUser(who.userId);
      for (const spec of meReads) {
        const res = await sendRequest(t.app, spec, {}, cookie);
        expect(res.status, `${routeKey(spec)} ${describeAnswer(res)}`).toBe(200);
        const text = responseText(res);
        expect(findMarkers(text, [stranger.seeker.id, stranger.seeker.name, stranger.intentId]), routeKey(spec)).toEqual([]);
        if (spec.path === "/me/seeker") expect(text).toContain(who.seeker.id);
        if (spec.path === "/me/intents") expect(text).toContain(who.intentId);
      }
    }
  });
});
