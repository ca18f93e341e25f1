import ExcelJS from "exceljs";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createEmployer,
  createFair,
  createHousehold,
  createPosition,
  createSeeker,
  createUser,
  joinFair,
} from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let admin: string;
let staff: string;
let employerId: string;
const codes: Record<string, string> = {};

type Status = "ACTIVE" | "STABLE" | "ENDED";

/** A household with one seeker per entry of `placements` (null: a member without a placement). */
async function household(
  key: string,
  place: {
    regionCode?: string;
    township: string;
    village: string;
    labour: number;
    poverty?: "REGISTERED_POOR" | "LIFTED" | "MONITORED" | "NONE";
  },
  placements: (Status | null)[],
) {
  const h = await createHousehold(t.db, {
    regionCode: place.regionCode ?? "433126",
    township: place.township,
    village: place.village,
    labourCapableMembers: place.labour,
    povertyStatus: place.poverty ?? "REGISTERED_POOR",
  });
  codes[key] = h.code;
  for (const status of placements) {
    const seeker = await createSeeker(t.db, t.fieldCrypto, { householdId: h.id });
    if (status) {
      await t.db.placement.create({
        data: {
          seekerId: seeker.id,
          employerId,
          startedOn: new Date("2026-01-05"),
          monthlyWage: 4800,
          workCity: "济南",
          workRegionCode: "370102",
          channel: "FAIR",
          status,
        },
      });
    }
  }
  return h;
}

/** Reads a binary answer (XLSX) into a workbook. */
async function readWorkbook(req: request.Test) {
  const res = await req.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on("data", (c: Buffer) => chunks.push(c));
    r.on("end", () => done(null, Buffer.concat(chunks)));
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
  return { res, workbook };
}

beforeAll(async () => {
  t = await createTestApp();
  employerId = (await createEmployer(t.db)).id;
  const gy = { township: "古阳镇" };
  await household("h1", { ...gy, village: "白溪关村", labour: 2 }, ["ACTIVE"]);
  await household("h2", { ...gy, village: "白溪关村", labour: 1 }, ["STABLE"]);
  await household("h3", { ...gy, village: "白溪关村", labour: 0 }, ["ACTIVE"]);
  await household("h4", { ...gy, village: "=HYPERLINK(1)", labour: 3 }, ["ENDED"]);
  await household("h5", { ...gy, village: "=HYPERLINK(1)", labour: 1, poverty: "NONE" }, []);
  await household("h6", { township: "默戎镇", village: "牛角山村", labour: 2, poverty: "MONITORED" }, ["ACTIVE", "ENDED"]);
  const h7 = await household("h7", { township: "默戎镇", village: "牛角山村", labour: 1, poverty: "LIFTED" }, [null]);
  await household("h8", { regionCode: "433122", township: "浦市镇", village: "马王溪村", labour: 1 }, []);
  // h7's member showed intent somewhere, which the zero-employment list reports.
  const member = await t.db.seeker.findFirstOrThrow({ where: { householdId: h7.id } });
  const position = await createPosition(t.db, employerId);
  await t.db.intent.create({ data: { seekerId: member.id, positionId: position.id } });

  const [a, s] = await Promise.all([createUser(t.db, { role: "ADMIN" }), createUser(t.db, { role: "STAFF" })]);
  admin = await signIn(t.app, a.username, a.password);
  staff = await signIn(t.app, s.username, s.password);
});
afterAll(() => t.close());

describe("GET /api/reports/coverage", () => {
  it("counts households, labour households, placed and stable ones by township, with rates", async () => {
    const res = await request(t.app).get("/api/reports/coverage?regionCode=433126").set("Cookie", admin);
    expect(res.status).toBe(200);
    expect(res.body.coverage).toEqual({
      households: 7,
      labourHouseholds: 6,
      placedHouseholds: 3,
      stableHouseholds: 1,
      placedRate: 3 / 6,
      stableRate: 1 / 6,
    });
    expect(res.body.rows).toEqual([
      {
        regionCode: "433126",
        township: "古阳镇",
        households: 5,
        labourHouseholds: 4,
        placedHouseholds: 2,
        stableHouseholds: 1,
        placedRate: 0.5,
        stableRate: 0.25,
      },
      {
        regionCode: "433126",
        township: "默戎镇",
        households: 2,
        labourHouseholds: 2,
        placedHouseholds: 1,
        stableHouseholds: 0,
        placedRate: 0.5,
        stableRate: 0,
      },
    ]);
  });

  it("adds village rows after each township with groupBy=village", async () => {
    const res = await request(t.app).get("/api/reports/coverage?regionCode=433126&groupBy=village").set("Cookie", admin);
    const brief = res.body.rows.map((r: Record<string, unknown>) => [
      r.township,
      r.village ?? null,
      r.households,
      r.labourHouseholds,
      r.placedHouseholds,
      r.stableHouseholds,
    ]);
    expect(brief).toEqual([
      ["古阳镇", null, 5, 4, 2, 1],
      ["古阳镇", "=HYPERLINK(1)", 2, 2, 0, 0],
      ["古阳镇", "白溪关村", 3, 2, 2, 1],
      ["默戎镇", null, 2, 2, 1, 0],
      ["默戎镇", "牛角山村", 2, 2, 1, 0],
    ]);
  });

  it("takes a prefecture code as all of its counties, a township filter, and no filter as everything", async () => {
    const prefecture = await request(t.app).get("/api/reports/coverage?regionCode=433100").set("Cookie", admin);
    expect(prefecture.body.coverage).toMatchObject({ households: 8, labourHouseholds: 7, placedHouseholds: 3 });
    expect(prefecture.body.rows.map((r: { regionCode: string }) => r.regionCode)).toEqual(["433122", "433126", "433126"]);
    const township = await request(t.app)
      .get(`/api/reports/coverage?regionCode=433126&township=${encodeURIComponent("默戎镇")}`)
      .set("Cookie", admin);
    expect(township.body.coverage).toMatchObject({ households: 2, placedHouseholds: 1 });
    const everything = await request(t.app).get("/api/reports/coverage").set("Cookie", admin);
    expect(everything.body.coverage.households).toBe(8);
    const empty = await request(t.app).get("/api/reports/coverage?regionCode=110101").set("Cookie", admin);
    expect(empty.body).toEqual({
      coverage: { households: 0, labourHouseholds: 0, placedHouseholds: 0, stableHouseholds: 0, placedRate: 0, stableRate: 0 },
      rows: [],
    });
  });

  it("is for ADMIN and STAFF (read-only desk work, v2), and validates its query", async () => {
    const asStaff = await request(t.app).get("/api/reports/coverage?regionCode=433126").set("Cookie", staff);
    expect(asStaff.status).toBe(200);
    const asAdmin = await request(t.app).get("/api/reports/coverage?regionCode=433126").set("Cookie", admin);
    expect(asStaff.body).toEqual(asAdmin.body);
    expect((await request(t.app).get("/api/reports/zero-employment?regionCode=433126").set("Cookie", staff)).status).toBe(200);
    expect((await request(t.app).get("/api/reports/coverage")).status).toBe(401);
    expect((await request(t.app).get("/api/reports/coverage?regionCode=4331").set("Cookie", admin)).status).toBe(400);
    expect((await request(t.app).get("/api/reports/coverage?groupBy=county").set("Cookie", admin)).status).toBe(400);
  });
});

describe("GET /api/reports/zero-employment", () => {
  const get = (query: string) => request(t.app).get(`/api/reports/zero-employment?${query}`).set("Cookie", admin);

  it("lists labour households without any member on the job, with what is known about them", async () => {
    const res = await get("regionCode=433126");
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.households.map((h: { code: string }) => h.code).sort()).toEqual([codes.h4, codes.h5, codes.h7].sort());
    const h4 = res.body.households.find((h: { code: string }) => h.code === codes.h4);
    expect(h4).toMatchObject({
      labourCapableMembers: 3,
      registeredMembers: 1,
      membersWithIntent: 0,
      endedPlacements: 1,
      povertyStatus: "REGISTERED_POOR",
    });
    const h7 = res.body.households.find((h: { code: string }) => h.code === codes.h7);
    expect(h7).toMatchObject({ registeredMembers: 1, membersWithIntent: 1, endedPlacements: 0, povertyStatus: "LIFTED" });
  });

  it("filters by township, village, poverty status (one or several) and region prefix, and pages", async () => {
    expect((await get(`regionCode=433126&township=${encodeURIComponent("古阳镇")}`)).body.total).toBe(2);
    expect((await get(`village=${encodeURIComponent("牛角山村")}`)).body.total).toBe(1);
    const lifted = await get("regionCode=433126&povertyStatus=LIFTED");
    expect(lifted.body.households.map((h: { code: string }) => h.code)).toEqual([codes.h7]);
    expect((await get("povertyStatus=REGISTERED_POOR,NONE")).body.total).toBe(3);
    expect((await get("regionCode=433100")).body.total).toBe(4);
    const page = await get("regionCode=433100&limit=1&offset=3");
    expect(page.body.total).toBe(4);
    expect(page.body.households).toHaveLength(1);
    expect((await get("povertyStatus=POOR")).status).toBe(400);
    expect((await get("format=pdf")).status).toBe(400);
  });

  it("exports every matching household as CSV for Excel (BOM, CRLF, formulas defused)", async () => {
    const res = await get("regionCode=433126&format=csv&limit=1");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toContain("attachment");
    expect(res.headers["content-disposition"]).toContain(encodeURIComponent("零就业户"));
    const text = res.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("户编号,行政区划代码,乡镇,村,家庭类别,劳动力人数,已登记求职人数,有就业意向人数,已结束的就业");
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith(codes.h4!))).toBe(`${codes.h4},433126,古阳镇,'=HYPERLINK(1),建档立卡户,3,1,0,1`);
  });

  it("exports XLSX that a spreadsheet reads back", async () => {
    const { res, workbook } = await readWorkbook(get("regionCode=433126&format=xlsx"));
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const sheet = workbook.getWorksheet("零就业户")!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(1).value).toBe("户编号");
    const codesInSheet = [2, 3, 4].map((r) => sheet.getRow(r).getCell(1).value);
    expect(codesInSheet.sort()).toEqual([codes.h4, codes.h5, codes.h7].sort());
  });
});

describe("GET /api/reports/fairs/:id", () => {
  it("answers 404 for an unknown fair, 403 for staff, 400 for an unknown format", async () => {
    const fair = await createFair(t.db);
    expect((await request(t.app).get("/api/reports/fairs/00000000-0000-4000-8000-000000000000").set("Cookie", admin)).status).toBe(404);
    expect((await request(t.app).get(`/api/reports/fairs/${fair.id}`).set("Cookie", staff)).status).toBe(403);
    expect((await request(t.app).get(`/api/reports/fairs/${fair.id}?format=pdf`).set("Cookie", admin)).status).toBe(400);
  });

  it("downloads the employer rows as CSV and the whole report as XLSX", async () => {
    const fair = await createFair(t.db, { title: "济南—湘西 劳务协作/专场" });
    const joined = await createEmployer(t.db, { name: "山东重工" });
    await joinFair(t.db, fair.id, joined.id, "A01");
    await createPosition(t.db, joined.id, { openings: 12, fairIds: [fair.id] });

    const json = await request(t.app).get(`/api/reports/fairs/${fair.id}`).set("Cookie", admin);
    expect(json.body.rows).toEqual([
      {
        employerId: joined.id,
        employerName: "山东重工",
        booth: "A01",
        positions: 1,
        openings: 12,
        intents: 0,
        seekersWithIntent: 0,
        hired: 0,
        placed: 0,
        stable: 0,
      },
    ]);

    const csv = await request(t.app).get(`/api/reports/fairs/${fair.id}?format=csv`).set("Cookie", admin);
    expect(csv.headers["content-disposition"]).toContain(encodeURIComponent("济南—湘西_劳务协作_专场"));
    expect(csv.text.slice(1).split("\r\n").slice(0, 2)).toEqual([
      "企业,展位,岗位数,招聘人数,意向条数,意向人数,录用人数,在岗人数,稳定就业人数",
      "山东重工,A01,1,12,0,0,0,0,0",
    ]);

    const { workbook } = await readWorkbook(request(t.app).get(`/api/reports/fairs/${fair.id}?format=xlsx`).set("Cookie", admin));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["概况", "企业明细"]);
    const figures = new Map<string, unknown>();
    workbook.getWorksheet("概况")!.eachRow((row) => figures.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(figures.get("参会企业（家）")).toBe(1);
    expect(figures.get("招聘人数")).toBe(12);
    expect(workbook.getWorksheet("企业明细")!.getRow(2).getCell(1).value).toBe("山东重工");
  });
});
