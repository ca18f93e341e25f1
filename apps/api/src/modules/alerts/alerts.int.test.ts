// 返贫预警 through the API: a follow-up that ends the last placement of a household puts it on
// the list in the same request cycle; home visits are noted against households in scope.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { createEmployer, createHousehold, createOrganisation, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let guzhang: string;
let jinan: string;
let fenghuang: string;
let employerId: string;

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(new Date("2026-12-06T04:00:00Z")) });
  employerId = (await createEmployer(t.db, { regionCode: "370102" })).id;
  const bureaus = await Promise.all(["433126", "370100", "433123"].map((code) => createOrganisation(t.db, code)));
  const users = await Promise.all(bureaus.map((b) => createUser(t.db, { role: "STAFF", organisationId: b.id })));
  [guzhang, jinan, fenghuang] = (await Promise.all(users.map((u) => signIn(t.app, u.username, u.password)))) as [string, string, string];
});
afterAll(() => t.close());

async function workingHousehold(township: string) {
  const household = await createHousehold(t.db, { regionCode: "433126", township, village: "龙鼻村", povertyStatus: "LIFTED" });
  const seeker = await createSeeker(t.db, t.fieldCrypto, { householdId: household.id });
  const placement = await t.db.placement.create({
    data: {
      seekerId: seeker.id,
      employerId,
      startedOn: new Date("2026-09-01T00:00:00Z"),
      monthlyWage: 5200,
      workCity: "济南",
      workRegionCode: "370102",
      channel: "LABOUR_COOPERATION",
    },
  });
  return { household, seeker, placement };
}

const alerts = (cookie: string, query = "") => request(t.app).get(`/api/alerts/dropouts${query}`).set("Cookie", cookie);

describe("GET /api/alerts/dropouts", () => {
  it("shows a household as soon as a follow-up says its last worker left, sorted by township", async () => {
    const later = await workingHousehold("默戎镇");
    const first = await workingHousehold("古阳镇");
    expect((await alerts(guzhang!)).body).toEqual({ alerts: [] });

    for (const { placement } of [later, first]) {
      const ended = await request(t.app)
        .post(`/api/placements/${placement.id}/followups`)
        .set("Cookie", jinan!)
        .send({ checkedOn: "2026-12-05", employed: false, note: "回家照顾老人" });
      expect(ended.status, ended.text).toBe(201);
    }
    const res = await alerts(guzhang!);
    expect(res.status).toBe(200);
    expect(res.body.alerts).toEqual(
      [first, later].map(({ household, seeker }) => ({
        householdId: household.id,
        householdCode: household.code,
        township: household.township,
        village: "龙鼻村",
        povertyStatus: "LIFTED",
        seekerId: seeker.id,
        endedOn: "2026-12-05",
        lastVisitedOn: null,
      })),
    );
    // A week's window still holds it; a region outside the jurisdiction is 404, the bureau's own neighbour sees none.
    expect((await alerts(guzhang!, "?days=7")).body.alerts).toHaveLength(2);
    expect((await alerts(guzhang!, "?regionCode=370100")).status).toBe(404);
    expect((await alerts(fenghuang!)).body.alerts).toEqual([]);
  });

  it("notes a home visit (201), lists visits, and the alert shows the last one; other counties get 404", async () => {
    const { household, placement } = await workingHousehold("断龙山镇");
    await request(t.app)
      .post(`/api/placements/${placement.id}/followups`)
      .set("Cookie", guzhang!)
      .send({ checkedOn: "2026-12-01", employed: false });
    const visit = await request(t.app)
      .post(`/api/households/${household.id}/visits`)
      .set("Cookie", guzhang!)
      .send({ visitedOn: "2026-12-04", note: "已上门，家里在找县内工作" });
    expect(visit.status, visit.text).toBe(201);
    expect(visit.body.visit).toMatchObject({ householdId: household.id, visitedOn: "2026-12-04", note: "已上门，家里在找县内工作" });
    const list = await request(t.app).get(`/api/households/${household.id}/visits`).set("Cookie", guzhang!);
    expect(list.body.visits).toHaveLength(1);
    const alert = (await alerts(guzhang!)).body.alerts.find((a: { householdId: string }) => a.householdId === household.id);
    expect(alert).toMatchObject({ endedOn: "2026-12-01", lastVisitedOn: "2026-12-04" });

    for (const cookie of [jinan!, fenghuang!]) {
      const refused = await request(t.app)
        .post(`/api/households/${household.id}/visits`)
        .set("Cookie", cookie)
        .send({ visitedOn: "2026-12-04", note: "x" });
      expect(refused.status).toBe(404);
      expect((await request(t.app).get(`/api/households/${household.id}/visits`).set("Cookie", cookie)).status).toBe(404);
    }
    const future = await request(t.app)
      .post(`/api/households/${household.id}/visits`)
      .set("Cookie", guzhang!)
      .send({ visitedOn: "2026-12-07", note: "明天去" });
    expect(future.status).toBe(400);
    expect(future.body.error.issues[0].path).toEqual(["body", "visitedOn"]);
    expect(await t.db.householdVisit.count({ where: { householdId: household.id } })).toBe(1);
  });
});
