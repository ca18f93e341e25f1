// Property-based fuzzing of every registered route's params, query and body against the
// running app, signed in as a role the route allows: never a 5xx, the contract's error body
// on every 4xx, and nothing written by a refused request (fingerprint of all tables).
// FUZZ_RUNS (default 16) sets the runs per route. The seed is fixed by default so CI is
// repeatable; FUZZ_SEED=<n> replays a failure, FUZZ_SEED=random explores new inputs.
import http from "node:http";
import fc from "fast-check";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../apps/api/src/testing/test-app.ts";
import { describeErrorBodyProblem, responseText } from "./support/answer-checks.ts";
import { changedTables, createDbFingerprinter, type DbFingerprinter, type Fingerprint } from "./support/db-fingerprint.ts";
import { buildFieldHints, requestArbitrary } from "./support/fuzz-inputs.ts";
import { routeKey, sendRequest } from "./support/route-requests.ts";
import { callerFor, createSecurityWorld, type SecurityWorld } from "./support/security-world.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 16);
const DEFAULT_SEED = 20261129;
const SEED = process.env.FUZZ_SEED === "random" ? undefined : Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);

/** Writes a refused request is meant to make, by route (beyond sessions and rate limits). */
const WRITES_ON_REFUSAL: Record<string, { tables: string[]; why: string }> = {
  "POST /public/verifications/:id": {
    tables: ["registrations", "seeker_sign_ins"],
    why: "a wrong code counts towards the lockout (a registration's or a phone sign-in's)",
  },
};

const t = await createTestApp();
// One listening server for the whole file: supertest would otherwise open one per request.
const server = http.createServer(t.app).listen(0, "127.0.0.1");
let world: SecurityWorld;
let prints: DbFingerprinter;
let hints: ReturnType<typeof buildFieldHints>;

beforeAll(async () => {
  world = await createSecurityWorld(t);
  prints = await createDbFingerprinter(t.databaseUrl);
  const badge = await request(t.app)
    .get(`/api/seekers/${world.mine.seeker.id}/badge`)
    .set("Cookie", (await world.cookieFor("ADMIN"))!);
  hints = buildFieldHints(world, { badgeToken: badge.body.token });
});
afterAll(async () => {
  await prints?.close();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

describe.each(t.registry.specs.map((spec) => [routeKey(spec), spec] as const))("%s", (key, spec) => {
  it(`survives ${RUNS} hostile requests: no 5xx, contract errors, nothing written when refused`, async () => {
    const cookie = await world.cookieFor(callerFor(spec));
    const mayMove = WRITES_ON_REFUSAL[key]?.tables ?? [];
    // A refused request leaves the fingerprint as it was, so the next one can start from it.
    let before: Fingerprint | null = null;
    await fc.assert(
      fc.asyncProperty(requestArbitrary(spec, world, hints), async (parts) => {
        before ??= await prints.take();
        const res = await sendRequest(server, spec, parts, cookie);
        const shown = `${res.status} ${responseText(res).slice(0, 400)}`;
        if (res.status >= 500) {
          // The server's own account of the failure, for the report.
          const logged = t.logs.filter((line) => line.includes(String(res.headers["x-request-id"]))).join("\n");
          expect.fail(`${shown}\n${logged.slice(0, 3_000)}`);
        }
        if (res.status < 400) {
          before = null;
          return;
        }
        expect(describeErrorBodyProblem(res), shown).toBeNull();
        const after = await prints.take();
        expect(changedTables(before, after, mayMove), shown).toEqual([]);
        before = after;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
