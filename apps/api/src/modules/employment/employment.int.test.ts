// GET /api/reports/employment(/history): the ledger through the API, scoped like coverage,
// and its county file (XLSX, one row per worker, masked ID numbers only).
import ExcelJS from "exceljs";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { createEmployer, createHousehold, createOrganisation, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

// "Today" in China is 2026-12-06 for the whole file.
let t: TestApp;
let guzhang: string;
let fenghuang: string;
let platform: string;
const rawIdNumbers: string[] = [];

const asBuffer = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on("data", (chunk: Buffer) => chunks.push(chunk));
  res.on("end", () => done(null, Buffer.concat(chunks)));
};

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(new Date("2026-12-06T04:00:00Z")) });
  const employer = await createEmployer(t.db, { name: "济南重汽" });
  const household = await createHousehold(t.db, { regionCode: "433126", township: "古阳镇", village: "河西村", labourCapableMembers: 2 });
  const [away, idle] = [
    await createSeeker(t.db, t.fieldCrypto, { householdId: household.id }),
    await createSeeker(t.db, t.fieldCrypto, { householdId: household.id }),
  ];
  rawIdNumbers.push(away.idNumber, idle.idNumber);
  await t.db.placement.create({
    data: {
      seekerId: away.id,
      employerId: employer.id,
      startedOn: new Date("2026-10-15T00:00:00Z"),
      monthlyWage: 5600,
      workCity: "济南",
      workRegionCode: "370102",
      channel: "LABOUR_COOPERATION",
    },
  });
  const users = [
    await createUser(t.db, { role: "STAFF", organisationId: (await createOrganisation(t.db, "433126")).id }),
    await createUser(t.db, { role: "STAFF", organisationId: (await createOrganisation(t.db, "433123")).id }),
    await createUser(t.db, { role: "ADMIN" }),
  ];
  [guzhang, fenghuang, platform] = (await Promise.all(users.map((u) => signIn(t.app, u.username, u.password)))) as [string, string, string];
});
afterAll(() => t.close());

describe("GET /api/reports/employment", () => {
  it("answers the bureau's own county for this month by default, with a row per township", async () => {
    const res = await request(t.app).get("/api/reports/employment").set("Cookie", guzhang!);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      employment: { workers: 2, outOfProvince: 1, inProvince: 0, inCounty: 0, notEmployed: 1 },
      rows: [{ regionCode: "433126", township: "古阳镇", workers: 2, outOfProvince: 1, inProvince: 0, inCounty: 0, notEmployed: 1 }],
      month: "2026-12",
      regionCode: "433126",
    });
    const september = await request(t.app).get("/api/reports/employment?month=2026-09").set("Cookie", guzhang!);
    expect(september.body.employment).toMatchObject({ workers: 2, outOfProvince: 0, notEmployed: 2 });
  });

  it("answers 404 for a region outside the jurisdiction, and the platform any region", async () => {
    expect((await request(t.app).get("/api/reports/employment?regionCode=433126").set("Cookie", fenghuang!)).status).toBe(404);
    const own = await request(t.app).get("/api/reports/employment").set("Cookie", fenghuang!);
    expect(own.body.employment.workers).toBe(0);
    const prefecture = await request(t.app).get("/api/reports/employment?regionCode=433100").set("Cookie", platform!);
    expect(prefecture.body.employment.workers).toBe(2);
    const bad = await request(t.app).get("/api/reports/employment?month=2026-13").set("Cookie", platform!);
    expect(bad.status).toBe(400);
  });

  it("downloads the county's file: one row per worker with where, employer and months employed, never a raw ID number", async () => {
    const res = await request(t.app)
      .get("/api/reports/employment?format=xlsx&month=2026-11")
      .set("Cookie", guzhang!)
      .buffer(true)
      .parse(asBuffer);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().slice(1) as unknown[][];
    expect(rows[0]).toEqual([undefined, "姓名", "身份证号", "户编号", "乡镇", "村", "务工地点", "就业单位", "务工地区", "年内务工月数"]);
    const places = rows.slice(1).map((r) => [r[6], r[7], r[9]]);
    expect(places).toContainEqual(["省外", "济南重汽", 2]);
    expect(places).toContainEqual(["未就业", "", 0]);
    const text = JSON.stringify(rows);
    for (const raw of rawIdNumbers) expect(text).not.toContain(raw);
    expect(text).toContain("********");
  });
});

describe("GET /api/reports/employment/history", () => {
  it("gives the last 12 months, oldest first, ending this month", async () => {
    const res = await request(t.app).get("/api/reports/employment/history").set("Cookie", guzhang!);
    expect(res.status, res.text).toBe(200);
    const months = res.body.months as { month: string; outOfProvince: number; workers: number }[];
    expect(months.map((m) => m.month)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    expect(months.map((m) => m.outOfProvince).slice(-4)).toEqual([0, 1, 1, 1]);
    expect(months.every((m) => m.workers === 2)).toBe(true);
    expect((await request(t.app).get("/api/reports/employment/history?regionCode=433126").set("Cookie", fenghuang!)).status).toBe(404);
    expect((await request(t.app).get("/api/reports/employment/history?months=3").set("Cookie", guzhang!)).body.months).toHaveLength(3);
  });
});
