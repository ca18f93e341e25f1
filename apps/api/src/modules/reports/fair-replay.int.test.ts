// Replays a whole fair through the HTTP API — employers, positions, the household registry,
// seekers, check-ins, intents, status changes, placements and follow-ups — and checks the
// fair's stats, the fair report (funnel and employer rows) and household coverage EXACTLY
// against figures computed from what was sent (fair-replay.scenario.ts), not from answers.
import { createSeededRandom, generateCreditCode, generateIdNumber, generatePhone } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths } from "../../lib/calendar-dates.ts";
import { fixedClock } from "../../lib/clock.ts";
import { createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import * as plan from "./fair-replay.scenario.ts";

let t: TestApp;
let admin: string;
let staff: string;
const random = createSeededRandom(20170520);
const rawNumbers: string[] = [];
const employerIds: string[] = [];
const employerCookies: string[] = [];
const positionIds = new Map<string, string>(); // "employer:k" → id
const positionInfo: { key: string; openings: number; food: boolean; linked: boolean; open: boolean }[] = [];
const seekerIds: string[] = [];
const households = plan.planHouseholds(`GZ${Date.now().toString(36).toUpperCase()}`);
let fairId: string;
const ledger: plan.Ledger = {
  intents: [],
  placements: [],
  checkedIn: new Set(),
  povertyOfSeeker: (s) => {
    const h = plan.householdOfSeeker(s);
    return h === null ? "NONE" : households[h]!.povertyStatus;
  },
};

/** Every answer of the replay is checked for raw ID and phone numbers. */
async function call(method: "get" | "post" | "patch", path: string, cookie: string, body?: object) {
  const req = request(t.app)[method](path).set("Cookie", cookie);
  const res = body ? await req.send(body) : await req;
  const text = JSON.stringify(res.body);
  for (const raw of rawNumbers) expect(text).not.toContain(raw);
  return res;
}

async function expectStatus(res: request.Response, status: number) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

async function recordIntent(s: number, employer: number, k: number, options: { atFair: boolean; byEmployer: boolean }) {
  const key = `${employer}:${k}`;
  const body = { seekerId: seekerIds[s], positionId: positionIds.get(key), ...(options.atFair ? { fairId } : {}) };
  const res = await expectStatus(await call("post", "/api/intents", options.byEmployer ? employerCookies[employer]! : staff, body), 201);
  ledger.intents.push({ seeker: s, employer, positionKey: key, atFair: options.atFair, status: "INTENDED" });
  return res.intent.id as string;
}

const intentIds = new Map<string, string>(); // "seeker:employer:k" → id

async function setupFairAndPositions() {
  for (let e = 0; e <= plan.OUTSIDE_EMPLOYER; e++) {
    const body = {
      name: `协作测试企业${e}`,
      creditCode: generateCreditCode(random),
      kind: e % 2 ? "PRIVATE" : "SOE",
      regionCode: "370102",
      city: "济南",
    };
    employerIds.push((await expectStatus(await call("post", "/api/employers", admin, body), 201)).employer.id);
    const account = { username: `recruiter.${e}.${Date.now()}`, password: "a-long-password", role: "EMPLOYER", employerId: employerIds[e] };
    await expectStatus(await call("post", "/api/users", admin, account), 201);
    employerCookies.push(await signIn(t.app, account.username, account.password));
  }
  const fairBody = {
    title: "济南—湘西劳务协作专场（回放）",
    venue: "古丈县体育馆",
    startsAt: "2026-05-20T09:00:00+08:00",
    endsAt: "2026-05-20T16:00:00+08:00",
    hostRegionCode: "433126",
    partnerRegionCode: "370100",
  };
  fairId = (await expectStatus(await call("post", "/api/fairs", admin, fairBody), 201)).fair.id;
  await expectStatus(await call("patch", `/api/fairs/${fairId}`, admin, { status: "OPEN" }), 200);
  for (let e = 0; e < plan.EMPLOYER_COUNT; e++) {
    await expectStatus(
      await call("post", `/api/fairs/${fairId}/employers`, admin, { employerId: employerIds[e], booth: `A0${e + 1}` }),
      201,
    );
  }
  const specs = [];
  for (let e = 0; e < plan.EMPLOYER_COUNT; e++) {
    specs.push({ e, k: 0, openings: 10 + 3 * e, food: true, linked: true }, { e, k: 1, openings: 5 + e, food: e % 2 === 0, linked: true });
  }
  specs.push({ e: 0, k: 2, openings: 7, food: true, linked: true }, { e: 1, k: 3, openings: 99, food: true, linked: false });
  for (const spec of specs) {
    const body = {
      employerId: employerIds[spec.e],
      title: `普工岗位${spec.e}-${spec.k}`,
      description: "流水线操作，包吃住",
      openings: spec.openings,
      wageMin: 4000,
      wageMax: 6000,
      city: "济南",
      foodProvided: spec.food,
      lodgingProvided: true,
      fairIds: spec.linked ? [fairId] : [],
    };
    const key = `${spec.e}:${spec.k}`;
    positionIds.set(key, (await expectStatus(await call("post", "/api/positions", admin, body), 201)).position.id);
    positionInfo.push({ key, openings: spec.openings, food: spec.food, linked: spec.linked, open: true });
  }
}

async function importHouseholdsAndSeekers() {
  const csv = ["householdCode,regionCode,township,village,povertyStatus,labourCapableMembers"]
    .concat(households.map((h) => [h.code, h.regionCode, h.township, h.village, h.povertyStatus, h.labourCapableMembers].join(",")))
    .join("\n");
  const res = await request(t.app).post("/api/households/import").set("Cookie", admin).attach("file", Buffer.from(csv), "registry.csv");
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body).toMatchObject({ imported: households.length, rejected: [] });

  for (let s = 0; s < plan.SEEKER_COUNT; s++) {
    const birthDate = `19${75 + (s % 25)}-0${1 + (s % 9)}-1${s % 10}`;
    const idNumber = generateIdNumber({ regionCode: "433126", birthDate, gender: s % 2 ? "MALE" : "FEMALE" }, random);
    const phone = generatePhone(random);
    rawNumbers.push(idNumber, phone);
    const h = plan.householdOfSeeker(s);
    const body = { name: `求职者${s}`, idNumber, phone, consent: true, ...(h === null ? {} : { householdCode: households[h]!.code }) };
    seekerIds.push((await expectStatus(await call("post", "/api/seekers", staff, body), 201)).seeker.id);
  }
}

async function checkIn() {
  for (let s = 0; s < plan.SEEKER_COUNT; s++) {
    if (!plan.isCheckedIn(s)) continue;
    const requestId = `desk-1:${s}:first`;
    await expectStatus(
      await call("post", `/api/fairs/${fairId}/checkins`, staff, { seekerId: seekerIds[s], clientRequestId: requestId }),
      201,
    );
    ledger.checkedIn.add(s);
    if (plan.checksInTwice(s)) {
      const again = await call("post", `/api/fairs/${fairId}/checkins`, staff, {
        seekerId: seekerIds[s],
        clientRequestId: `desk-2:${s}:again`,
      });
      expect((await expectStatus(again, 200)).duplicate).toBe(true);
    }
    if (s === 3) {
      const replay = await call("post", `/api/fairs/${fairId}/checkins`, staff, { seekerId: seekerIds[s], clientRequestId: requestId });
      expect((await expectStatus(replay, 200)).duplicate).toBe(true);
    }
  }
}

async function recordIntents() {
  for (let s = 0; s < 30; s++) {
    if (!plan.hasPrimaryIntent(s)) continue;
    const e = plan.primaryEmployer(s);
    intentIds.set(`${s}:${e}:0`, await recordIntent(s, e, 0, { atFair: true, byEmployer: s % 2 === 1 }));
    if (plan.hasSecondaryIntent(s)) {
      const e2 = plan.secondaryEmployer(s);
      intentIds.set(`${s}:${e2}:0`, await recordIntent(s, e2, 0, { atFair: true, byEmployer: false }));
    }
    if (s % 7 === 0) {
      // Repeats, by the booth and without the fair: the original intent stands.
      for (const [cookie, body] of [
        [employerCookies[e]!, { seekerId: seekerIds[s], positionId: positionIds.get(`${e}:0`), fairId }],
        [staff, { seekerId: seekerIds[s], positionId: positionIds.get(`${e}:0`) }],
      ] as const) {
        const repeat = await expectStatus(await call("post", "/api/intents", cookie, body), 200);
        expect(repeat).toMatchObject({ duplicate: true, intent: { id: intentIds.get(`${s}:${e}:0`), fairId } });
      }
    }
  }
  for (const s of plan.CLOSED_POSITION_SEEKERS) await recordIntent(s, 0, 2, { atFair: true, byEmployer: true });
  await recordIntent(plan.BOOTH_ONLY_SEEKER, 2, 1, { atFair: true, byEmployer: true });
  await recordIntent(plan.NON_FAIR_INTENT_SEEKER, 1, 3, { atFair: false, byEmployer: false });

  await expectStatus(await call("post", `/api/positions/${positionIds.get("0:2")}/close`, admin, {}), 200);
  positionInfo.find((p) => p.key === "0:2")!.open = false;
}

async function moveIntent(s: number, e: number, statuses: string[]) {
  for (const status of statuses) {
    const res = await call("patch", `/api/intents/${intentIds.get(`${s}:${e}:0`)}`, e % 2 ? employerCookies[e]! : staff, { status });
    expect((await expectStatus(res, 200)).intent.status).toBe(status);
    ledger.intents.find((i) => i.seeker === s && i.positionKey === `${e}:0`)!.status = status;
  }
}

async function changeStatuses() {
  const steps: Record<plan.PrimaryPlan, string[]> = {
    PIPELINE_HIRED: ["INTERVIEWED", "OFFERED", "HIRED"],
    DIRECT_HIRED: ["HIRED"],
    DECLINED: ["INTERVIEWED", "DECLINED"],
    WITHDRAWN: ["WITHDRAWN"],
    INTERVIEWED: ["INTERVIEWED"],
    INTENDED: [],
  };
  for (let s = 0; s < 30; s++) {
    if (!plan.hasPrimaryIntent(s)) continue;
    await moveIntent(s, plan.primaryEmployer(s), steps[plan.primaryPlan(s)]);
    if (plan.secondaryHired(s)) await moveIntent(s, plan.secondaryEmployer(s), ["HIRED"]);
  }
}

async function placeAndFollowUp() {
  for (const p of plan.planPlacements()) {
    const positionKey = p.position === null ? null : `${p.employer}:${p.position}`;
    const body = {
      seekerId: seekerIds[p.seeker],
      employerId: employerIds[p.employer],
      ...(positionKey ? { positionId: positionIds.get(positionKey) } : {}),
      startedOn: p.startedOn,
      monthlyWage: 5000,
      workCity: "济南",
      channel: p.employer === plan.OUTSIDE_EMPLOYER ? "SELF" : "FAIR",
    };
    const placement = (await expectStatus(await call("post", "/api/placements", staff, body), 201)).placement;
    // A placement for a position hires the open intent for it.
    for (const i of ledger.intents) {
      if (i.seeker === p.seeker && i.positionKey === positionKey && ["INTENDED", "INTERVIEWED", "OFFERED"].includes(i.status))
        i.status = "HIRED";
    }
    let status = placement.status;
    for (const f of plan.followUpsFor(p.startedOn, p.outcome, addDays, addMonths)) {
      status = (await expectStatus(await call("post", `/api/placements/${placement.id}/followups`, staff, f), 201)).placement.status;
    }
    expect(status).toBe(p.outcome);
    ledger.placements.push({ seeker: p.seeker, employer: p.employer, status: p.outcome });
  }
}

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(new Date(`${plan.TODAY}T02:00:00Z`)), stableEmploymentMonths: 3 });
  const [a, s] = await Promise.all([createUser(t.db, { role: "ADMIN" }), createUser(t.db, { role: "STAFF" })]);
  admin = await signIn(t.app, a.username, a.password);
  staff = await signIn(t.app, s.username, s.password);
  await setupFairAndPositions();
  await importHouseholdsAndSeekers();
  await checkIn();
  await recordIntents();
  await changeStatuses();
  await placeAndFollowUp();
}, 180_000);
afterAll(() => t.close());

describe("a replayed fair", () => {
  it("has exactly the stats its events imply", async () => {
    const linkedOpen = positionInfo.filter((p) => p.linked && p.open);
    const fairIntents = ledger.intents.filter((i) => i.atFair);
    const stats = (await expectStatus(await call("get", `/api/fairs/${fairId}/stats`, staff), 200)).stats;
    expect(stats).toEqual({
      employers: plan.EMPLOYER_COUNT,
      positions: linkedOpen.length,
      openings: linkedOpen.reduce((sum, p) => sum + p.openings, 0),
      openingsWithFoodAndLodging: linkedOpen.filter((p) => p.food).reduce((sum, p) => sum + p.openings, 0),
      checkIns: ledger.checkedIn.size,
      intents: fairIntents.length,
      seekersWithIntent: new Set(fairIntents.map((i) => i.seeker)).size,
      seekersWithIntentByPovertyStatus: plan.expectPovertyBreakdown(ledger),
    });
    // Worked out by hand from the plan, so a silent change of the plan or the ledger shows up too.
    expect([stats.employers, stats.positions, stats.openings, stats.checkIns, stats.intents, stats.seekersWithIntent]).toEqual([
      5, 10, 115, 30, 38, 28,
    ]);
    expect(stats.seekersWithIntentByPovertyStatus).toEqual({ REGISTERED_POOR: 9, LIFTED: 6, MONITORED: 6, NONE: 7 });
  });

  it("has exactly the funnel and employer rows its events imply", async () => {
    const report = await expectStatus(await call("get", `/api/reports/fairs/${fairId}`, admin), 200);
    expect(report.funnel).toEqual(plan.expectFunnel(ledger));
    expect(report.funnel).toEqual({ checkedIn: 30, withIntent: 28, hired: 13, onTheJob: 7, stable: 4 });
    expect(report.rows).toHaveLength(plan.EMPLOYER_COUNT);
    for (let e = 0; e < plan.EMPLOYER_COUNT; e++) {
      const linkedOpen = positionInfo.filter((p) => p.key.startsWith(`${e}:`) && p.linked && p.open);
      expect(report.rows[e]).toEqual({
        employerId: employerIds[e],
        employerName: `协作测试企业${e}`,
        booth: `A0${e + 1}`,
        positions: linkedOpen.length,
        openings: linkedOpen.reduce((sum, p) => sum + p.openings, 0),
        ...plan.expectEmployerRow(ledger, e),
      });
    }
    expect(report.rows[0]).toMatchObject({ positions: 2, openings: 15, intents: 10, seekersWithIntent: 8, hired: 3, placed: 1, stable: 0 });
    expect(report.summary.seekersWithIntent).toBe(report.funnel.withIntent);
  });

  it("has exactly the household coverage and zero-employment list its placements imply", async () => {
    const expected = plan.expectCoverage(households, ledger);
    const coverage = await expectStatus(await call("get", "/api/reports/coverage?regionCode=433126", admin), 200);
    expect(coverage.coverage).toEqual(expected.coverage);
    expect(coverage.rows).toEqual(
      Object.entries(expected.townships).map(([township, figures]) => ({ regionCode: "433126", township, ...figures })),
    );
    expect(coverage.coverage).toMatchObject({ households: 24, labourHouseholds: 20, placedHouseholds: 9, stableHouseholds: 5 });

    const zero = await expectStatus(await call("get", "/api/reports/zero-employment?regionCode=433126&limit=1000", admin), 200);
    expect(zero.total).toBe(expected.zeroEmployment.length);
    expect(zero.households.map((h: { code: string }) => h.code).sort()).toEqual(expected.zeroEmployment);
  });
});
