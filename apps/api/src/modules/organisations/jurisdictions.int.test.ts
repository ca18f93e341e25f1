// Labour cooperation between bureaus: each bureau sees what lies in its jurisdiction, the
// importing city sees the workers placed with it, a fair's partner runs its booths, and
// anything else answers 404 (left out of lists and totals).
import crypto from "node:crypto";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createFair, createHousehold, createOrganisation, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
const as: Record<string, string> = {};
const org: Record<string, string> = {};
const ids: Record<string, string> = {};

const get = (who: string, path: string) => request(t.app).get(path).set("Cookie", as[who]!);
const post = (who: string, path: string, body: object) => request(t.app).post(path).set("Cookie", as[who]!).send(body);

async function account(key: string, role: "ADMIN" | "STAFF", organisationId?: string) {
  const user = await createUser(t.db, { role, organisationId });
  as[key] = await signIn(t.app, user.username, user.password);
  ids[`user:${key}`] = user.id;
}

beforeAll(async () => {
  t = await createTestApp();
  org.guzhang = (await createOrganisation(t.db, "433126", "古丈县人社局")).id;
  org.xiangxi = (await createOrganisation(t.db, "433100", "湘西州人社局")).id;
  org.jinan = (await createOrganisation(t.db, "370100", "济南市人社局")).id;
  org.fenghuang = (await createOrganisation(t.db, "433123", "凤凰县人社局")).id;
  await account("platform", "ADMIN");
  await account("guzhang", "STAFF", org.guzhang);
  await account("guzhangAdmin", "ADMIN", org.guzhang);
  await account("xiangxi", "STAFF", org.xiangxi);
  await account("jinan", "STAFF", org.jinan);
  await account("jinanAdmin", "ADMIN", org.jinan);
  await account("fenghuang", "STAFF", org.fenghuang);

  const gz = await createHousehold(t.db, { regionCode: "433126", povertyStatus: "REGISTERED_POOR" });
  const gz2 = await createHousehold(t.db, { regionCode: "433126", povertyStatus: "MONITORED" });
  const fh = await createHousehold(t.db, { regionCode: "433123", township: "沱江镇", village: "古城村" });
  ids.householdGuzhang = gz.id;
  ids.householdFenghuang = fh.id;
  ids.placedSeeker = (await createSeeker(t.db, t.fieldCrypto, { householdId: gz.id })).id;
  ids.homeSeeker = (await createSeeker(t.db, t.fieldCrypto, { householdId: gz2.id })).id;
  ids.fenghuangSeeker = (await createSeeker(t.db, t.fieldCrypto, { householdId: fh.id, regionCode: "433123" })).id;
  ids.jinanEmployer = (await createEmployer(t.db, { regionCode: "370102" })).id;
  ids.guzhangFair = (await createFair(t.db, { hostOrganisationId: org.guzhang, partnerOrganisationIds: [org.jinan] })).id;
  ids.fenghuangFair = (await createFair(t.db, { hostOrganisationId: org.fenghuang, hostRegionCode: "433123" })).id;

  const placed = await post("guzhang", "/api/placements", {
    seekerId: ids.placedSeeker,
    employerId: ids.jinanEmployer,
    startedOn: "2026-03-02",
    monthlyWage: 5200,
    workCity: "济南",
    channel: "LABOUR_COOPERATION",
  });
  expect(placed.status).toBe(201);
  expect(placed.body.placement.workRegionCode).toBe("370102");
  ids.placement = placed.body.placement.id;
});

afterAll(async () => {
  await t?.close();
});

describe("organisations", () => {
  it("are founded by the platform only, named once, and listed for bureau staff", async () => {
    const created = await post("platform", "/api/organisations", { name: "吉首市人社局", regionCode: "433101" });
    expect(created.status).toBe(201);
    expect(created.body.organisation).toEqual({
      id: expect.any(String),
      name: "吉首市人社局",
      regionCode: "433101",
      alertPhoneMasked: null,
    });
    expect((await post("platform", "/api/organisations", { name: "吉首市人社局", regionCode: "433101" })).status).toBe(409);
    const refused = await post("guzhangAdmin", "/api/organisations", { name: "古丈县另一局", regionCode: "433126" });
    expect(refused.status).toBe(403);
    expect(await t.db.organisation.count({ where: { name: "古丈县另一局" } })).toBe(0);
    const list = await get("jinan", "/api/organisations");
    expect(list.status).toBe(200);
    expect(list.body.organisations.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(["古丈县人社局", "济南市人社局"]));
  });

  it("gives a bureau admin's new accounts its own organisation and never a platform-wide one", async () => {
    const res = await post("guzhangAdmin", "/api/users", { username: "gz_desk_1", password: "desk-password-1", role: "STAFF" });
    expect(res.status).toBe(201);
    expect(res.body.user.organisationId).toBe(org.guzhang);
    const elsewhere = await post("guzhangAdmin", "/api/users", {
      username: "gz_desk_2",
      password: "desk-password-2",
      role: "STAFF",
      organisationId: org.jinan,
    });
    expect(elsewhere.status).toBe(400);
    expect(await t.db.user.count({ where: { username: "gz_desk_2" } })).toBe(0);
    const list = await get("guzhangAdmin", "/api/users");
    const organisations = new Set(list.body.users.map((u: { organisationId: string | null }) => u.organisationId));
    expect([...organisations]).toEqual([org.guzhang]);
    expect(
      (await request(t.app).patch(`/api/users/${ids["user:jinan"]}`).set("Cookie", as.guzhangAdmin!).send({ disabled: true })).status,
    ).toBe(404);
  });
});

describe("households and seekers", () => {
  it("lists the households of the jurisdiction only, totals included", async () => {
    const guzhang = await get("guzhang", "/api/households?limit=200");
    expect(guzhang.body.total).toBe(2);
    expect(guzhang.body.households.every((h: { regionCode: string }) => h.regionCode === "433126")).toBe(true);
    expect((await get("xiangxi", "/api/households?limit=200")).body.total).toBe(3);
    expect((await get("jinan", "/api/households?limit=200")).body.total).toBe(0);
    expect((await get("platform", "/api/households?limit=200")).body.total).toBe(3);
  });

  it("shows a seeker to the home side, the prefecture, and the city where the person works; to nobody else", async () => {
    const seen = async (who: string, id: string) => (await get(who, `/api/seekers/${id}`)).status;
    expect(await seen("guzhang", ids.placedSeeker!)).toBe(200);
    expect(await seen("xiangxi", ids.placedSeeker!)).toBe(200);
    expect(await seen("jinan", ids.placedSeeker!)).toBe(200);
    expect(await seen("fenghuang", ids.placedSeeker!)).toBe(404);
    expect(await seen("jinan", ids.homeSeeker!)).toBe(404);
    expect(await seen("guzhang", ids.fenghuangSeeker!)).toBe(404);
    const body = (await get("guzhang", `/api/seekers/${ids.placedSeeker}`)).body;
    expect(body.seeker.homeRegionCode).toBe("433126");
    expect((await get("jinan", "/api/seekers?limit=100")).body.seekers.map((s: { id: string }) => s.id)).toEqual([ids.placedSeeker]);
    expect((await get("fenghuang", "/api/seekers?limit=100")).body.total).toBe(1);
    expect((await post("fenghuang", `/api/seekers/${ids.placedSeeker}/badge`, {})).status).toBe(404);
  });

  it("rejects, row by row, a bureau's import of households outside its jurisdiction and writes nothing for them", async () => {
    const csv = [
      "householdCode,regionCode,township,village,povertyStatus,labourCapableMembers",
      "433126990001,433126,古阳镇,白溪关村,REGISTERED_POOR,2",
      "433123990002,433123,沱江镇,古城村,LIFTED,1",
    ].join("\n");
    const res = await request(t.app)
      .post("/api/households/import")
      .set("Cookie", as.guzhangAdmin!)
      .attach("file", Buffer.from(csv), { filename: "households.csv", contentType: "text/csv" });
    expect(res.status).toBe(200);
    expect(res.body.imported).toBe(1);
    expect(res.body.rejected).toEqual([{ row: 3, reason: expect.stringContaining("不在本机构辖区") }]);
    expect(await t.db.household.count({ where: { code: "433123990002" } })).toBe(0);
  });
});

describe("placements", () => {
  it("are seen and followed up by both sides of the cooperation, by nobody else", async () => {
    expect((await get("jinan", `/api/placements/${ids.placement}`)).status).toBe(200);
    expect((await get("fenghuang", `/api/placements/${ids.placement}`)).status).toBe(404);
    expect((await get("fenghuang", "/api/placements")).body.total).toBe(0);
    const fromJinan = await post("jinan", `/api/placements/${ids.placement}/followups`, { checkedOn: "2026-04-02", employed: true });
    expect(fromJinan.status).toBe(201);
    const outsider = await post("fenghuang", `/api/placements/${ids.placement}/followups`, { checkedOn: "2026-04-03", employed: false });
    expect(outsider.status).toBe(404);
    expect(await t.db.followUp.count({ where: { placementId: ids.placement } })).toBe(1);
  });
});

describe("fairs with a host and partners", () => {
  it("opens a fair's figures and desk to host, partner, prefecture and platform; 404 to other counties", async () => {
    const stats = async (who: string) => (await get(who, `/api/fairs/${ids.guzhangFair}/stats`)).status;
    expect(await stats("guzhang")).toBe(200);
    expect(await stats("jinan")).toBe(200);
    expect(await stats("xiangxi")).toBe(200);
    expect(await stats("platform")).toBe(200);
    expect(await stats("fenghuang")).toBe(404);
    expect((await get("guzhang", `/api/fairs/${ids.fenghuangFair}/stats`)).status).toBe(404);

    const checkIn = (who: string) =>
      post(who, `/api/fairs/${ids.guzhangFair}/checkins`, { seekerId: ids.homeSeeker, clientRequestId: crypto.randomUUID() });
    expect((await checkIn("fenghuang")).status).toBe(404);
    expect(await t.db.checkIn.count({ where: { fairId: ids.guzhangFair } })).toBe(0);
    expect((await checkIn("jinan")).status).toBe(201);
    expect((await get("fenghuang", `/api/fairs/${ids.guzhangFair}/registrations`)).status).toBe(404);
    expect((await get("jinan", `/api/fairs/${ids.guzhangFair}/checkins/timeline`)).status).toBe(200);
  });

  it("lets the host (not a partner) name partners, and hosts what a bureau creates", async () => {
    const created = await post("guzhangAdmin", "/api/fairs", {
      title: "古丈县春风行动专场",
      venue: "古丈县人力资源市场",
      startsAt: "2026-12-20T01:00:00Z",
      endsAt: "2026-12-20T08:00:00Z",
      hostRegionCode: "433126",
    });
    expect(created.status).toBe(201);
    expect(created.body.fair).toMatchObject({ hostOrganisationId: org.guzhang, partnerOrganisationIds: [] });
    const fairId = created.body.fair.id as string;
    expect((await post("jinanAdmin", `/api/fairs/${fairId}/partners`, { organisationId: org.jinan })).status).toBe(404);
    const added = await post("guzhangAdmin", `/api/fairs/${fairId}/partners`, { organisationId: org.jinan });
    expect(added.status).toBe(201);
    expect(added.body.fair.partnerOrganisationIds).toEqual([org.jinan]);
    expect((await post("guzhangAdmin", `/api/fairs/${fairId}/partners`, { organisationId: org.jinan })).status).toBe(200);
    expect((await get("jinan", `/api/fairs/${fairId}/stats`)).status).toBe(200);
  });
});

describe("reports", () => {
  it("answers coverage for the bureau's own region by default, and 404 outside its jurisdiction", async () => {
    const own = await get("guzhang", "/api/reports/coverage");
    expect(own.status).toBe(200);
    expect(own.body.coverage.households).toBe(3);
    expect(own.body.rows.every((r: { regionCode: string }) => r.regionCode === "433126")).toBe(true);
    expect((await get("guzhang", "/api/reports/coverage?regionCode=433100")).status).toBe(404);
    expect((await get("xiangxi", "/api/reports/coverage?regionCode=433126")).body.coverage.households).toBe(3);
    expect((await get("jinan", "/api/reports/zero-employment?regionCode=433126")).status).toBe(404);
  });

  it("counts the cooperation between the exporting county and the importing city, for either side", async () => {
    const query = "/api/reports/cooperation?exportingRegionCode=433126&importingRegionCode=370100&from=2026-01-01&to=2026-12-31";
    for (const who of ["guzhang", "jinan", "xiangxi", "platform"]) {
      const res = await get(who, query);
      expect(res.status).toBe(200);
      expect(res.body.cooperation).toEqual({
        transferred: 1,
        employedNow: 1,
        stable: 0,
        byPovertyStatus: { REGISTERED_POOR: 1, LIFTED: 0, MONITORED: 0, NONE: 0 },
      });
    }
    expect((await get("fenghuang", query)).status).toBe(404);
    const before = await get("guzhang", query.replace("from=2026-01-01&to=2026-12-31", "from=2025-01-01&to=2025-12-31"));
    expect(before.body.cooperation.transferred).toBe(0);
  });
});
