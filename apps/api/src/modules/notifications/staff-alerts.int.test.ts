// Messages to staff rather than to job seekers: the dropout alert to the bureaus whose
// jurisdiction holds a household whose last employed member came home (queued with the
// follow-up that ends the placement), and the monthly reminder to employers with workers on
// site (once per month, whichever run gets there first).
import { generateCreditCode } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { createEmployer, createHousehold, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { createPlacementsRepository } from "../placements/placements.repository.ts";
import { queueDropoutAlerts } from "./dropout-alerts.repository.ts";
import { createEmployerReminderJob } from "./employer-reminder-job.ts";
import { createEmployerRemindersRepository } from "./employer-reminders.repository.ts";
import type { NotificationMessage } from "./notification-provider.ts";

const sent: NotificationMessage[] = [];
const provider = {
  name: "recording",
  send: async (message: NotificationMessage) => {
    sent.push(message);
    return { providerMessageId: `m${sent.length}` };
  },
};

const PHONES = { guzhang: "13907431126", xiangxi: "13907431100", fenghuang: "13907431123", jinan: "13905310100" };
const EMPLOYER_PHONE = "13805310001";

let t: TestApp;
const as: Record<string, string> = {};
const org: Record<string, string> = {};
let seekers: Awaited<ReturnType<typeof createSeeker>>[] = [];
let householdCode = "";
let employerId = "";
const placementIds: string[] = [];

const post = (who: string, path: string, body: object) => request(t.app).post(path).set("Cookie", as[who]!).send(body);
const patch = (who: string, path: string, body: object) => request(t.app).patch(path).set("Cookie", as[who]!).send(body);

async function account(key: string, role: "ADMIN" | "STAFF", organisationId?: string) {
  const user = await createUser(t.db, { role, organisationId });
  as[key] = await signIn(t.app, user.username, user.password);
}

function expectNoRawNumbers(text: string) {
  for (const phone of [...Object.values(PHONES), EMPLOYER_PHONE]) expect(text).not.toContain(phone);
  for (const s of seekers) {
    expect(text).not.toContain(s.idNumber);
    expect(text).not.toContain(s.phone);
  }
}

async function placeWith(seekerId: string) {
  const res = await post("guzhang", "/api/placements", {
    seekerId,
    employerId,
    startedOn: "2026-03-02",
    monthlyWage: 5200,
    workCity: "济南",
    channel: "LABOUR_COOPERATION",
  });
  expect(res.status).toBe(201);
  return res.body.placement.id as string;
}

beforeAll(async () => {
  t = await createTestApp({ notificationProvider: provider });
  await account("platform", "ADMIN");
  const created = await post("platform", "/api/organisations", { name: "古丈县人社局", regionCode: "433126", alertPhone: PHONES.guzhang });
  expect(created.status).toBe(201);
  expect(created.body.organisation).toEqual({
    id: expect.any(String),
    name: "古丈县人社局",
    regionCode: "433126",
    alertPhoneMasked: "139****1126",
  });
  expectNoRawNumbers(JSON.stringify(created.body));
  org.guzhang = created.body.organisation.id;
  for (const [key, name, regionCode] of [
    ["xiangxi", "湘西州人社局", "433100"],
    ["fenghuang", "凤凰县人社局", "433123"],
    ["jinan", "济南市人社局", "370100"],
    ["quiet", "保靖县人社局", "433125"],
  ] as const) {
    const res = await post("platform", "/api/organisations", { name, regionCode });
    expect(res.status).toBe(201);
    expect(res.body.organisation.alertPhoneMasked).toBeNull();
    org[key] = res.body.organisation.id;
  }
  await account("guzhang", "STAFF", org.guzhang);
  await account("guzhangAdmin", "ADMIN", org.guzhang);
  await account("xiangxiAdmin", "ADMIN", org.xiangxi);
  await account("jinanAdmin", "ADMIN", org.jinan);

  const household = await createHousehold(t.db, { regionCode: "433126", povertyStatus: "REGISTERED_POOR" });
  householdCode = household.code;
  seekers = [
    await createSeeker(t.db, t.fieldCrypto, { householdId: household.id }),
    await createSeeker(t.db, t.fieldCrypto, { householdId: household.id }),
  ];
  employerId = (await createEmployer(t.db, { regionCode: "370102" })).id;
  for (const s of seekers) placementIds.push(await placeWith(s.id));
});

afterAll(async () => {
  await t?.close();
});

describe("a bureau's alert phone", () => {
  it("is set by the platform or the bureau's own ADMIN, answered masked, refused to others", async () => {
    const byPlatform = await patch("platform", `/api/organisations/${org.xiangxi}`, { alertPhone: PHONES.xiangxi });
    expect(byPlatform.status).toBe(200);
    expect(byPlatform.body.organisation.alertPhoneMasked).toBe("139****1100");
    // The prefecture's ADMIN may not change the county's bureau, nor a county the prefecture.
    expect((await patch("xiangxiAdmin", `/api/organisations/${org.guzhang}`, { alertPhone: PHONES.xiangxi })).status).toBe(404);
    expect((await patch("guzhangAdmin", `/api/organisations/${org.xiangxi}`, { alertPhone: PHONES.guzhang })).status).toBe(404);
    expect((await patch("guzhang", `/api/organisations/${org.guzhang}`, { alertPhone: PHONES.guzhang })).status).toBe(403);
    const own = await patch("guzhangAdmin", `/api/organisations/${org.guzhang}`, { alertPhone: PHONES.guzhang });
    expect(own.status).toBe(200);
    expect(own.body.organisation.alertPhoneMasked).toBe("139****1126");
    expect((await patch("jinanAdmin", `/api/organisations/${org.jinan}`, { alertPhone: PHONES.jinan })).status).toBe(200);
    expect((await patch("platform", `/api/organisations/${org.fenghuang}`, { alertPhone: PHONES.fenghuang })).status).toBe(200);
    expect((await patch("platform", `/api/organisations/${org.guzhang}`, { alertPhone: "12345" })).status).toBe(400);

    const stored = await t.db.organisation.findUniqueOrThrow({ where: { id: org.guzhang } });
    expect(t.fieldCrypto.decrypt(stored.alertPhoneCipher!)).toBe(PHONES.guzhang);
    const list = await request(t.app).get("/api/organisations").set("Cookie", as.guzhang!);
    expect(list.status).toBe(200);
    expectNoRawNumbers(JSON.stringify(list.body));
    expectNoRawNumbers(t.logs.join(""));
  });
});

describe("the dropout alert", () => {
  it("waits while another member of the household still works", async () => {
    const res = await post("guzhang", `/api/placements/${placementIds[0]}/followups`, { checkedOn: "2026-04-02", employed: false });
    expect(res.status).toBe(201);
    expect(res.body.placement.status).toBe("ENDED");
    expect(await t.db.notification.count({ where: { kind: "DROPOUT_ALERT" } })).toBe(0);
  });

  it("is rolled back with the follow-up: nothing is queued when the unit of work fails", async () => {
    const placements = createPlacementsRepository(t.db);
    const followUpsBefore = await t.db.followUp.count();
    await expect(
      placements.recordFollowUp(
        placementIds[1]!,
        { checkedOn: "2026-04-03", employed: false, monthlyWage: null, note: null, createdById: (await t.db.user.findFirstOrThrow()).id },
        () => ({ status: "ENDED", stableOn: null, endedOn: "2026-04-03" }),
        async (work) => {
          expect(await queueDropoutAlerts(work, placementIds[1]!)).toBe(2);
          throw new Error("the follow-up fails after the alerts were queued");
        },
      ),
    ).rejects.toThrow("the follow-up fails");
    expect(await t.db.notification.count({ where: { kind: "DROPOUT_ALERT" } })).toBe(0);
    expect(await t.db.outboxEvent.count({ where: { topic: "notification.send" } })).toBe(0);
    expect(await t.db.followUp.count()).toBe(followUpsBefore);
    expect((await t.db.placement.findUniqueOrThrow({ where: { id: placementIds[1]! } })).status).toBe("ACTIVE");
  });

  it("goes once to each bureau with an alert phone whose jurisdiction holds the household, with the follow-up", async () => {
    const res = await post("guzhang", `/api/placements/${placementIds[1]}/followups`, { checkedOn: "2026-04-03", employed: false });
    expect(res.status).toBe(201);
    expectNoRawNumbers(JSON.stringify(res.body));
    const alerts = await t.db.notification.findMany({ where: { kind: "DROPOUT_ALERT" }, orderBy: { phoneMasked: "asc" } });
    // 古丈 (the county) and 湘西 (its prefecture); not 凤凰 (a sibling county), 济南 (the work city) or 保靖 (no phone).
    expect(alerts.map((a) => a.organisationId).sort()).toEqual([org.guzhang, org.xiangxi].sort());
    expect(alerts.map((a) => a.phoneMasked).sort()).toEqual(["139****1100", "139****1126"]);
    for (const alert of alerts) {
      expect(alert.text).toBe(`【协作】古丈县古阳镇白溪关村 建档立卡户 户编号${householdCode}：最后一名务工人员已返乡，请尽快上门走访。`);
      expectNoRawNumbers(alert.text);
      expect(alert.seekerId).toBeNull();
    }
    const events = await t.db.outboxEvent.findMany({ where: { topic: "notification.send" }, select: { aggregateId: true } });
    expect(events.map((e) => e.aggregateId).sort()).toEqual(alerts.map((a) => a.id).sort());

    // Delivery decrypts each bureau's phone, just for the provider.
    await t.notificationHandlers["notification.send"]!({ aggregateIds: alerts.map((a) => a.id) } as never);
    expect(sent.map((m) => m.to).sort()).toEqual([PHONES.xiangxi, PHONES.guzhang].sort());
    expect(await t.db.notification.count({ where: { kind: "DROPOUT_ALERT", status: "SENT" } })).toBe(2);
    expectNoRawNumbers(t.logs.join(""));

    const outbox = await request(t.app).get("/api/notifications/outbox?kind=DROPOUT_ALERT").set("Cookie", as.platform!);
    expect(outbox.status).toBe(200);
    expect(outbox.body.total).toBe(2);
    expectNoRawNumbers(JSON.stringify(outbox.body));
  });
});

describe("the monthly employer reminder", () => {
  it("takes a contact phone on employers, answered masked", async () => {
    const res = await patch("platform", `/api/employers/${employerId}`, { contactPhone: EMPLOYER_PHONE });
    expect(res.status).toBe(200);
    expect(res.body.employer.contactPhoneMasked).toBe("138****0001");
    expectNoRawNumbers(JSON.stringify(res.body));
    const created = await post("platform", "/api/employers", {
      name: "济南新材料有限公司",
      creditCode: generateCreditCode(),
      kind: "PRIVATE",
      regionCode: "370102",
      city: "济南",
      contactPhone: "13805310002",
    });
    expect(created.status).toBe(201);
    expect(created.body.employer.contactPhoneMasked).toBe("138****0002");
    expect(JSON.stringify(created.body)).not.toContain("13805310002");
    const stored = await t.db.employer.findUniqueOrThrow({ where: { id: created.body.employer.id } });
    expect(t.fieldCrypto.decrypt(stored.contactPhoneCipher!)).toBe("13805310002");
  });

  it("queues once per employer per month, even when two runs race", async () => {
    // Two more workers at the employer, one still at work: the reminder counts ACTIVE placements.
    const other = await createSeeker(t.db, t.fieldCrypto);
    seekers.push(other);
    await placeWith(other.id);
    const run = () => post("platform", "/api/notifications/employer-reminders", { month: "2026-05" });
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.queued, b.body.queued].sort()).toEqual([0, 1]);
    const reminders = await t.db.notification.findMany({ where: { kind: "EMPLOYER_REMINDER" } });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ employerId, phoneMasked: "138****0001" });
    expect(reminders[0]!.text).toBe("【协作】贵单位有 1 名务工人员在岗，请在本月内通过平台确认在岗情况（批量导入回访）。");
    expect((await run()).body).toEqual({ month: "2026-05", queued: 0 });
    expect((await request(t.app).post("/api/notifications/employer-reminders").set("Cookie", as.guzhangAdmin!).send({})).status).toBe(403);

    await t.notificationHandlers["notification.send"]!({ aggregateIds: [reminders[0]!.id] } as never);
    expect(sent.at(-1)?.to).toBe(EMPLOYER_PHONE);
  });

  it("runs from the job on the China calendar month of its clock, once per month across processes", async () => {
    const reminders = createEmployerRemindersRepository(t.db);
    // 2026-05-31T16:30Z is already 1 June in China.
    const clock = fixedClock(new Date("2026-05-31T16:30:00Z"));
    const jobs = [0, 1].map(() =>
      createEmployerReminderJob({ queueForMonth: (m) => reminders.queueForMonth(m), clock, logger: silentLogger() }),
    );
    const counts = await Promise.all(jobs.map((job) => job.runOnce()));
    expect(counts.sort()).toEqual([0, 1]);
    expect(await t.db.employerReminderRun.findUnique({ where: { month: "2026-06" } })).toMatchObject({ queued: 1 });
    expect(await jobs[0]!.runOnce()).toBe(0);
    clock.set(new Date("2026-06-30T16:00:00Z"));
    expect(await jobs[1]!.runOnce()).toBe(1);
    expect(await t.db.notification.count({ where: { kind: "EMPLOYER_REMINDER" } })).toBe(3);
  });
});

function silentLogger() {
  const logger = {
    info: () => {},
    warn: () => {},
    error: () => {},
    child: () => logger,
  };
  return logger as never;
}
