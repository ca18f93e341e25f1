// Property: whatever the order and concurrency of roster runs, publications and withdrawals,
// no seeker is ever on two non-withdrawn entries of one rule across published or approved rosters.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createHousehold, createOrganisation, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { call } from "../transfers/testing/transfer-world.ts";
import { createWorkedPlacement } from "./testing/subsidy-rows.ts";

let t: TestApp;
let admin: string;
const seekerIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const guzhang = await createOrganisation(t.db, "433126");
  const user = await createUser(t.db, { role: "ADMIN", organisationId: guzhang.id });
  admin = await signIn(t.app, user.username, user.password);
  const household = await createHousehold(t.db, { povertyStatus: "MONITORED" });
  const employer = await createEmployer(t.db, { regionCode: "370102" });
  for (let i = 0; i < 4; i++) {
    const seeker = await createSeeker(t.db, t.fieldCrypto, { householdId: household.id });
    seekerIds.push(seeker.id);
    // Work starting month by month: asOf decides who has 3 months yet.
    await createWorkedPlacement(t.db, {
      seekerId: seeker.id,
      employerId: employer.id,
      startedOn: `2026-0${i + 1}-05`,
      workRegionCode: "370102",
      months: 8,
    });
  }
});
afterAll(() => t.close());

type Step = { kind: "run"; asOf: string; twice: boolean } | { kind: "publish"; pick: number } | { kind: "withdraw"; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("run" as const), asOf: fc.constantFrom("2026-05-01", "2026-07-01", "2026-12-01"), twice: fc.boolean() }),
  fc.record({ kind: fc.constant("publish" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("withdraw" as const), pick: fc.nat() }),
);

describe("never listed twice", () => {
  it("keeps every seeker on at most one live entry of a rule across published rosters", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 8 }), async (steps) => {
        const rule = await call(t, admin, "post", "/subsidy-rules", {
          name: "交通补贴（性质检查）",
          kind: "TRANSPORT",
          year: 2026,
          minMonths: 3,
          povertyStatuses: ["MONITORED"],
          amounts: { outOfProvince: 500, inProvince: 200 },
        });
        expect(rule.status, rule.text).toBe(201);
        const ruleId: string = rule.body.rule.id;
        const rosters: string[] = [];
        for (const s of steps) {
          if (s.kind === "run") {
            const runs = await Promise.all(
              Array.from({ length: s.twice ? 2 : 1 }, () => call(t, admin, "post", `/subsidy-rules/${ruleId}/rosters`, { asOf: s.asOf })),
            );
            for (const r of runs) {
              expect(r.status, r.text).toBe(201);
              rosters.push(r.body.roster.id);
            }
          } else if (rosters.length > 0) {
            const rosterId = rosters[s.pick % rosters.length]!;
            if (s.kind === "publish") {
              const res = await call(t, admin, "post", `/rosters/${rosterId}/publish`);
              expect([200, 409]).toContain(res.status);
            } else {
              const roster = (await call(t, admin, "get", `/rosters/${rosterId}`)).body.roster;
              const entry = roster.entries[s.pick % Math.max(1, roster.entries.length)];
              if (entry) await call(t, admin, "post", `/rosters/${rosterId}/entries/${entry.id}/withdraw`, { reason: "群众异议" });
            }
          }
        }
        const live = await t.db.subsidyEntry.findMany({
          where: { ruleId, withdrawnAt: null, roster: { status: { in: ["PUBLISHED", "APPROVED"] } } },
          select: { seekerId: true },
        });
        const listed = live.map((e) => e.seekerId);
        expect(new Set(listed).size).toBe(listed.length);
        for (const id of listed) expect(seekerIds).toContain(id);
      }),
      { numRuns: 12, seed: 20261206 },
    );
  });
});
