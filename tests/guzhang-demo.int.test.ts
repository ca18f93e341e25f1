// The demo records the Guzhang fair as rows; the stats endpoint must reproduce the
// bulletin's figures from them, and no raw personal data may be stored.
import { toChinaDate, validateIdNumber } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../apps/api/src/testing/sign-in.ts";
import { DEMO_TRANSFER_ID } from "../prisma/seed/transfer.data.ts";
import { startDemoServer } from "./support/demo-server.ts";

let demo: Awaited<ReturnType<typeof startDemoServer>>;
beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(() => demo.stop());

describe("Guzhang fair demo data", () => {
  it("reproduces the bulletin's figures through GET /api/fairs/:id/stats", async () => {
    const cookie = await signIn(demo.app, "admin", "xiezuo-demo");
    const res = await request(demo.app).get(`/api/fairs/${demo.guzhangFairId}/stats`).set("Cookie", cookie);
    expect(res.status).toBe(200);
    const { stats } = res.body;
    expect(stats).toMatchObject({ employers: 35, openings: 6345, intents: 290, seekersWithIntent: 290 });
    expect(stats.seekersWithIntentByPovertyStatus.REGISTERED_POOR).toBe(70);
    expect(stats.checkIns).toBeGreaterThan(900);
    expect(stats.openingsWithFoodAndLodging).toBeGreaterThanOrEqual(3800);
    expect(stats.openingsWithFoodAndLodging).toBeLessThanOrEqual(4200);
  });

  it("computes the figures from rows: a closed fair keeps its positions when they close, and loses one unlinked", async () => {
    const cookie = await signIn(demo.app, "staff", "xiezuo-demo");
    const read = async () => (await request(demo.app).get(`/api/fairs/${demo.guzhangFairId}/stats`).set("Cookie", cookie)).body.stats;
    const link = await demo.db.fairPosition.findFirstOrThrow({ where: { fairId: demo.guzhangFairId }, include: { position: true } });
    const before = await read();
    expect(before.positions).toBe(170);
    // Every 2017 position closed long ago; the fair's record still counts it (v2).
    expect(await demo.db.position.count({ where: { fairs: { some: { fairId: demo.guzhangFairId } }, status: "OPEN" } })).toBe(0);
    await demo.db.fairPosition.delete({ where: { fairId_positionId: { fairId: link.fairId, positionId: link.positionId } } });
    const after = await read();
    expect(after.positions).toBe(before.positions - 1);
    expect(after.openings).toBe(before.openings - link.position.openings);
    await demo.db.fairPosition.create({ data: { fairId: link.fairId, positionId: link.positionId, linkedAt: link.linkedAt } });
    expect(await read()).toEqual(before);
  });

  it("employers are 21 from Jinan, 11 from the province, 3 local", async () => {
    const joined = await demo.db.fairEmployer.findMany({ where: { fairId: demo.guzhangFairId }, include: { employer: true } });
    const byRegion = { jinan: 0, local: 0, province: 0 };
    for (const { employer } of joined) {
      if (employer.regionCode.startsWith("3701")) byRegion.jinan++;
      else if (employer.regionCode.startsWith("4331")) byRegion.local++;
      else if (employer.regionCode.startsWith("43")) byRegion.province++;
    }
    expect(byRegion).toEqual({ jinan: 21, province: 11, local: 3 });
  });

  it("stores ID and phone numbers only encrypted, decryptable with the key", async () => {
    const seekers = await demo.db.seeker.findMany({ take: 50 });
    for (const seeker of seekers) {
      const idNumber = demo.fieldCrypto.decrypt(seeker.idNumberCipher);
      expect(validateIdNumber(idNumber).ok).toBe(true);
      expect(Buffer.from(seeker.idNumberCipher).toString("latin1")).not.toContain(idNumber);
      expect(seeker.idNumberMasked).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
      expect(seeker.idNumberHash).not.toContain(idNumber);
      const phone = demo.fieldCrypto.decrypt(seeker.phoneCipher);
      expect(phone).toMatch(/^1[3-9]\d{9}$/);
      expect(seeker.phoneMasked).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
      // Gender and birth date are derived from the ID number.
      expect(seeker.birthDate.toISOString().slice(0, 10).replaceAll("-", "")).toBe(idNumber.slice(6, 14));
      expect(seeker.gender).toBe(Number(idNumber[16]) % 2 === 1 ? "MALE" : "FEMALE");
    }
  });

  it("lists fairs publicly, newest first, with the Guzhang fair closed", async () => {
    const res = await request(demo.app).get("/api/fairs");
    expect(res.status).toBe(200);
    const guzhang = res.body.fairs.find((f: { id: string }) => f.id === demo.guzhangFairId);
    expect(guzhang).toMatchObject({ status: "CLOSED", employerCount: 35 });
    expect(res.body.fairs[0].id).toBe(demo.openFairId);
  });

  it("hides stats from the public and from employers", async () => {
    expect((await request(demo.app).get(`/api/fairs/${demo.guzhangFairId}/stats`)).status).toBe(401);
    const cookie = await signIn(demo.app, "zhongqi", "xiezuo-demo");
    const res = await request(demo.app).get(`/api/fairs/${demo.guzhangFairId}/stats`).set("Cookie", cookie);
    expect(res.status).toBe(403);
  });
});

describe("after the fair: the demo's later chapter", () => {
  it("the public job board shows only current positions, none from 2017", async () => {
    const res = await request(demo.app).get("/api/search/positions").query({ limit: 100 });
    const open = await demo.db.position.findMany({ where: { status: "OPEN" }, select: { id: true, fairs: { select: { fairId: true } } } });
    expect(open.length).toBeGreaterThanOrEqual(30);
    expect(open.every((p) => p.fairs.some((f) => f.fairId === demo.openFairId))).toBe(true);
    expect(res.body.total).toBe(open.length);
    for (const hit of res.body.hits as { fairIds: string[] }[]) expect(hit.fairIds).not.toContain(demo.guzhangFairId);
  });

  it("the spring fair's hires went to work: the funnel, coverage, follow-ups due and the zero-employment list have real figures", async () => {
    const admin = await signIn(demo.app, "admin", "xiezuo-demo");
    const get = (path: string) => request(demo.app).get(path).set("Cookie", admin);
    const report = (await get(`/api/reports/fairs/${demo.springFairId}`)).body;
    expect(report.funnel.checkedIn).toBe(240);
    expect(report.funnel.hired).toBe(64);
    expect(report.funnel.onTheJob).toBeGreaterThan(20);
    expect(report.funnel.stable).toBeGreaterThan(5);
    expect(report.funnel.onTheJob).toBeLessThan(report.funnel.hired);

    const placements = await demo.db.placement.groupBy({ by: ["status"], _count: true });
    const byStatus = Object.fromEntries(placements.map((p) => [p.status, p._count]));
    expect(byStatus.ACTIVE).toBeGreaterThan(0);
    expect(byStatus.STABLE).toBeGreaterThan(0);
    expect(byStatus.ENDED).toBeGreaterThan(0);

    const coverage = (await get("/api/reports/coverage?regionCode=433126")).body.coverage;
    expect(coverage.placedHouseholds).toBeGreaterThan(20);
    expect(coverage.stableHouseholds).toBeGreaterThan(5);
    expect(coverage.placedRate).toBeGreaterThan(0);

    const due = (await get("/api/placements/followups-due?withinDays=30")).body;
    expect(due.followUps.length).toBeGreaterThan(0);

    // A worker who came home leaves a household with nobody at work (unless another member works).
    const ended = await demo.db.placement.findFirstOrThrow({
      where: { status: "ENDED" },
      include: { seeker: { include: { household: true } } },
    });
    const others = await demo.db.placement.count({
      where: { seeker: { householdId: ended.seeker.householdId }, status: { in: ["ACTIVE", "STABLE"] } },
    });
    const zero = (
      await get(`/api/reports/zero-employment?regionCode=433126&limit=500&township=${encodeURIComponent(ended.seeker.household!.township)}`)
    ).body;
    expect(zero.households.some((h: { code: string }) => h.code === ended.seeker.household!.code)).toBe(others === 0);
  });

  it("the ledger has a year of history in all three places, and a few households to visit", async () => {
    const guzhang = await signIn(demo.app, "guzhang", "xiezuo-demo");
    const get = async (path: string) => (await request(demo.app).get(path).set("Cookie", guzhang)).body;
    const { employment } = await get("/api/reports/employment");
    expect(employment.workers).toBeGreaterThan(200);
    for (const place of ["outOfProvince", "inProvince", "inCounty"]) expect(employment[place], place).toBeGreaterThan(10);
    const { months } = await get("/api/reports/employment/history");
    expect(months).toHaveLength(12);
    for (const m of months) expect(m.workers - m.notEmployed, m.month).toBeGreaterThan(20);
    const { alerts } = await get("/api/alerts/dropouts");
    expect(alerts.length).toBeGreaterThanOrEqual(8);
    expect(alerts.filter((a: { lastVisitedOn: string | null }) => a.lastVisitedOn !== null).length).toBeGreaterThanOrEqual(2);
  });

  it("古丈县人社局's spring train to Jinan has left: ten arrived, one no-show, one left en route", async () => {
    const guzhang = await signIn(demo.app, "guzhang", "xiezuo-demo");
    const res = await request(demo.app).get(`/api/transfers/${DEMO_TRANSFER_ID}`).set("Cookie", guzhang);
    expect(res.status).toBe(200);
    const { transfer } = res.body;
    expect(transfer).toMatchObject({
      title: "古丈—济南 春季劳务输出专列",
      status: "DEPARTED",
      transport: "TRAIN",
      destinationRegionCode: "370100",
      counts: { listed: 0, boarded: 0, arrived: 10, noShow: 1, exceptions: 1 },
    });
    expect(transfer.members).toHaveLength(12);
    const departedOn = new Date(new Date(transfer.departedAt).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const dayAfter = new Date(Date.parse(`${departedOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const arrived = transfer.members.filter((m: { state: string }) => m.state === "ARRIVED");
    expect(arrived.every((m: { arrivedOn: string }) => m.arrivedOn === dayAfter)).toBe(true);
    const leftEnRoute = transfer.members.find((m: { state: string }) => m.state === "EXCEPTION");
    expect(leftEnRoute).toMatchObject({ exceptionReason: "LEFT_EN_ROUTE", note: expect.stringContaining("下车") });
    // It left a few days after the spring fair, and each member works in Jinan since.
    const fair = await demo.db.fair.findUniqueOrThrow({ where: { id: demo.springFairId } });
    const daysAfterFair = (Date.parse(transfer.departsAt) - fair.startsAt.getTime()) / 86_400_000;
    expect(daysAfterFair).toBeGreaterThan(1);
    expect(daysAfterFair).toBeLessThan(7);
    const seekerIds = transfer.members.map((m: { seekerId: string }) => m.seekerId);
    const inJinan = await demo.db.placement.count({ where: { seekerId: { in: seekerIds }, workRegionCode: { startsWith: "3701" } } });
    expect(inJinan).toBeGreaterThanOrEqual(12);
  });
  it("古丈县人社局's transport subsidy has a published roster of the demo workers that a new run would not change", async () => {
    const cookie = await signIn(demo.app, "admin", "xiezuo-demo");
    const rules = await request(demo.app).get("/api/subsidy-rules").set("Cookie", cookie);
    const rule = rules.body.rules.find((r: { kind: string; organisationId: string }) => r.kind === "TRANSPORT");
    expect(rule).toMatchObject({
      year: Number(toChinaDate(new Date()).slice(0, 4)),
      minMonths: 3,
      amounts: { outOfProvince: 600, inProvince: 300 },
    });
    expect([...rule.povertyStatuses].sort()).toEqual(["LIFTED", "MONITORED", "REGISTERED_POOR"]);
    const rosters = await request(demo.app).get(`/api/subsidy-rules/${rule.id}/rosters`).set("Cookie", cookie);
    expect(rosters.status, rosters.text).toBe(200);
    expect(rosters.body.rosters).toHaveLength(1);
    const [summary] = rosters.body.rosters;
    expect(summary.status).toBe("PUBLISHED");
    const roster = (await request(demo.app).get(`/api/rosters/${summary.id}`).set("Cookie", cookie)).body.roster;
    expect(roster.entries.length).toBeGreaterThanOrEqual(5);
    expect(roster.total).toBe(roster.entries.reduce((sum: number, e: { amount: number }) => sum + e.amount, 0));
    expect(summary).toMatchObject({ count: roster.entries.length, total: roster.total });
    for (const entry of roster.entries) expect([600, 300]).toContain(entry.amount);
    // Computing again as of the seed's date lists nobody new: everyone is on the published roster.
    const again = await request(demo.app).post(`/api/subsidy-rules/${rule.id}/rosters`).set("Cookie", cookie).send({ asOf: roster.asOf });
    expect(again.status, again.text).toBe(201);
    expect(again.body.roster.entries).toEqual([]);
  });
});
