// The jurisdiction dimension of the access matrix: every registered route a bureau account
// may call × its roles (ADMIN, STAFF) × the side of the cooperation the caller is on (own
// county, parent prefecture, partner city, unrelated county, platform), generated from the
// RouteRegistry and each route's declared scope rule. A hidden answer is a bare 404 that
// writes nothing (or a list that leaves the worker out); a seeing side gets the route's
// normal answer. A new route cannot ship without a rule, and a scoped write without a call.
import type { Response } from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnyRouteSpec } from "../../apps/api/src/http/route.ts";
import { createBadgeTokens } from "../../apps/api/src/lib/badge-token.ts";
import { createTestApp } from "../../apps/api/src/testing/test-app.ts";
import { findMarkers, isBareRefusal, responseText } from "./support/answer-checks.ts";
import { changedTables, createDbFingerprinter, type DbFingerprinter } from "./support/db-fingerprint.ts";
import { fillPath, paramNames, resourceOfParam, routeKey, sendRequest } from "./support/route-requests.ts";
import { EXPECTED, type Outcome, SCOPED_CALLS, unlistedScopedWrites } from "./support/scope-rules.ts";
import { createScopeWorld, type ScopeWorld, SIDES, type Side } from "./support/scope-world.ts";

const t = await createTestApp();
const specs = t.registry.specs;
let world: ScopeWorld;
let prints: DbFingerprinter;

beforeAll(async () => {
  const badges = createBadgeTokens(t.fieldCrypto);
  world = await createScopeWorld(t, (id) => badges.sign(id));
  prints = await createDbFingerprinter(t.databaseUrl);
});
afterAll(async () => {
  await prints?.close();
  await t.close();
});

/** Lists that name the worker to a side that sees it (and must not to one that does not). */
const LISTS_NAMING_THE_WORKER = new Set(["GET /seekers", "GET /intents", "GET /placements", "GET /households", "GET /users"]);

function worldParams(path: string): Record<string, string> {
  const ids = {
    fair: world.fairId,
    position: world.positionId,
    seeker: world.seeker.id,
    intent: world.intentId,
    placement: world.placementId,
    employer: world.employerId,
    user: world.targetUser.id,
    import: world.importId,
    registration: world.registrationId,
    household: world.householdId,
    transfer: world.transferId,
    organisation: world.organisationIds.own,
    subsidyRule: world.subsidy.ruleId,
    roster: world.subsidy.rosterId,
    subsidyEntry: world.subsidy.entryId,
  };
  return Object.fromEntries(paramNames(path).map((name) => [name, ids[resourceOfParam(path, name)]]));
}

const bureauRoles = (spec: AnyRouteSpec) =>
  spec.access === "public" || spec.access === "signed-in" ? [] : (["ADMIN", "STAFF"] as const).filter((r) => spec.access.includes(r));
const scopedSpecs = specs.filter((s) => EXPECTED[s.scope] !== null && bureauRoles(s).length > 0);
const describe_ = (res: Response) => `${res.status} ${responseText(res).slice(0, 300)}`;

function call(spec: AnyRouteSpec, cookie: string) {
  const parts = SCOPED_CALLS[routeKey(spec)]?.parts(world) ?? {};
  return sendRequest(t.app, spec, { params: worldParams(spec.path), ...parts }, cookie);
}

async function expectHidden(spec: AnyRouteSpec, res: Response, outcome: Outcome, before: Awaited<ReturnType<DbFingerprinter["take"]>>) {
  const key = routeKey(spec);
  if (outcome === "forbidden") {
    expect(res.status, describe_(res)).toBe(403);
    expect(isBareRefusal(res, "FORBIDDEN"), describe_(res)).toBe(true);
    expect(changedTables(before, await prints.take())).toEqual([]);
    return;
  }
  const hidden = SCOPED_CALLS[key]?.hidden ?? (paramNames(spec.path).length > 0 ? 404 : "left-out");
  if (hidden === 404) {
    expect(res.status, describe_(res)).toBe(404);
    expect(isBareRefusal(res, "NOT_FOUND"), describe_(res)).toBe(true);
    expect(changedTables(before, await prints.take())).toEqual([]);
  } else if (hidden === 400) {
    expect(res.status, describe_(res)).toBe(400);
    expect(changedTables(before, await prints.take())).toEqual([]);
  } else {
    expect(res.status, describe_(res)).toBeLessThan(300);
    expect(findMarkers(responseText(res), world.markers), key).toEqual([]);
    if (key === "POST /households/import") expect(res.body).toMatchObject({ imported: 0, updated: 0, rejectedCount: 1 });
    if (key === "POST /followups/import") {
      expect(res.body).toMatchObject({ recorded: 0, rejected: [{ row: 2 }] });
      expect(changedTables(before, await prints.take())).toEqual([]);
    }
  }
}

describe("scope rules", () => {
  it("every route names a scope rule the matrix knows", () => {
    expect(specs.filter((s) => !(s.scope in EXPECTED)).map(routeKey)).toEqual([]);
  });

  it("every scoped write says how to call it about the worker (tests/security/support/scope-rules.ts)", () => {
    expect(unlistedScopedWrites(specs, routeKey)).toEqual([]);
  });

  it("routes whose rule ignores the region answer every side alike", async () => {
    const reads = specs.filter((s) => EXPECTED[s.scope] === null && s.method === "get" && bureauRoles(s).length > 0);
    for (const spec of reads) {
      const statuses = new Set<number>();
      for (const side of SIDES) {
        const res = await sendRequest(t.app, spec, { params: worldParams(spec.path) }, await world.cookieFor(side, bureauRoles(spec)[0]!));
        statuses.add(spec.scope === "self" ? 0 : res.status);
      }
      expect([...statuses], routeKey(spec)).toHaveLength(1);
    }
  });
});

describe.each(scopedSpecs.map((spec) => [`${routeKey(spec)} (${spec.scope})`, spec] as const))("%s", (_name, spec) => {
  const expected = EXPECTED[spec.scope]!;
  // Sides that may not see go first, so a refused write is proven to change nothing before others write.
  const order = [...SIDES].sort((a, b) => Number(expected[a] === "sees") - Number(expected[b] === "sees"));

  it.each(bureauRoles(spec))("as %s of each side", async (role) => {
    for (const side of order) {
      const outcome = expected[side as Side];
      const before = await prints.take();
      const res = await call(spec, await world.cookieFor(side, role));
      const label = `${role} of ${side}: ${fillPath(spec.path, worldParams(spec.path))} → ${describe_(res)}`;
      if (outcome !== "sees") {
        await expectHidden(spec, res, outcome, before);
        continue;
      }
      expect([403, 404], label).not.toContain(res.status);
      expect(res.status, label).toBeLessThan(500);
      if (spec.method === "get") expect(res.status, label).toBe(200);
      if (LISTS_NAMING_THE_WORKER.has(routeKey(spec)))
        expect(findMarkers(responseText(res), world.markers).length, label).toBeGreaterThan(0);
    }
  });
});
