// POST /api/followups/import: a month of follow-ups in one file, each row recorded as
// POST /api/placements/:id/followups would (status recomputed), rows the caller may not
// touch rejected with a reason and nothing written for them.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { saveAsGbkCsv } from "../../lib/spreadsheet/testing/spreadsheet-save.ts";
import { buildWorkbook } from "../../lib/spreadsheet/testing/workbook.ts";
import { createEmployer, createHousehold, createOrganisation, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let guzhang: string;
let recruiter: string;
let employerId: string;
let rivalId: string;

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(new Date("2026-12-06T04:00:00Z")) });
  employerId = (await createEmployer(t.db, { name: "济南重汽" })).id;
  rivalId = (await createEmployer(t.db, { name: "别家企业" })).id;
  const bureau = await createOrganisation(t.db, "433126");
  const users = [
    await createUser(t.db, { role: "STAFF", organisationId: bureau.id }),
    await createUser(t.db, { role: "EMPLOYER", employerId }),
  ];
  [guzhang, recruiter] = (await Promise.all(users.map((u) => signIn(t.app, u.username, u.password)))) as [string, string];
});
afterAll(() => t.close());

async function placed(regionCode = "433126", employer = employerId) {
  const household = await createHousehold(t.db, { regionCode });
  const seeker = await createSeeker(t.db, t.fieldCrypto, { householdId: household.id });
  const placement = await t.db.placement.create({
    data: {
      seekerId: seeker.id,
      employerId: employer,
      startedOn: new Date("2026-10-01T00:00:00Z"),
      monthlyWage: 5200,
      workCity: "济南",
      workRegionCode: "370102",
      channel: "LABOUR_COOPERATION",
    },
  });
  return { seeker, placement };
}

const upload = (cookie: string, file: Buffer, name: string) =>
  request(t.app).post("/api/followups/import").set("Cookie", cookie).attach("file", file, name);
const followUps = (placementId: string) => t.db.followUp.count({ where: { placementId } });

describe("POST /api/followups/import", () => {
  it("records rows by placementId or ID number, recomputes the status, and rejects rows outside the scope", async () => {
    const [working, leaving, elsewhere] = [await placed(), await placed(), await placed("433123")];
    const csv = [
      "placementId,idNumber,checkedOn,employed,monthlyWage",
      `${working.placement.id},,2026-11-30,是,5300`,
      `,${leaving.seeker.idNumber},2026/12/1,否,`,
      `${elsewhere.placement.id},,2026-11-30,是,5200`,
      `${working.placement.id},,2026-13-01,是,`,
      `${working.placement.id},,2026-11-30,也许,`,
    ].join("\n");
    const res = await upload(guzhang!, Buffer.from(csv), "回访.csv");
    expect(res.status, res.text).toBe(200);
    expect(res.body.recorded).toBe(2);
    expect(res.body.rejected.map((r: { row: number }) => r.row)).toEqual([4, 5, 6]);
    expect(res.body.rejected[0].reason).toContain("不在本账号可登记的范围内");
    expect(res.body.rejected[1].reason).toMatch(/^回访日期：/);
    expect(res.body.rejected[2].reason).toMatch(/^是否在岗：/);
    expect(JSON.stringify(res.body)).not.toContain(elsewhere.placement.id);
    const after = await t.db.placement.findUniqueOrThrow({ where: { id: leaving.placement.id } });
    expect(after).toMatchObject({ status: "ENDED", endedOn: new Date("2026-12-01T00:00:00Z") });
    expect(await followUps(working.placement.id)).toBe(1);
    expect(await followUps(elsewhere.placement.id)).toBe(0);
  });

  it("reads a GBK file with a title row and Chinese headers, and a workbook with date cells", async () => {
    const { seeker, placement } = await placed();
    const gbk = saveAsGbkCsv(
      ["古丈县务工人员回访表", "姓名,身份证号,回访日期,是否在岗,月工资", `张三,${seeker.idNumber},2026年11月28日,在岗,"5,400"`].join(
        "\r\n",
      ),
    );
    const res = await upload(guzhang!, gbk, "回访.csv");
    expect(res.body, res.text).toEqual({ recorded: 1, rejected: [] });
    const stored = await t.db.followUp.findFirstOrThrow({ where: { placementId: placement.id } });
    expect(stored).toMatchObject({ employed: true, monthlyWage: 5400, checkedOn: new Date("2026-11-28T00:00:00Z") });

    const workbook = await buildWorkbook([
      ["就业记录编号", "回访日期", "是否在岗"],
      [placement.id, "2026-12-05", "否"],
    ]);
    expect((await upload(guzhang!, workbook, "回访.xlsx")).body).toEqual({ recorded: 1, rejected: [] });
    expect((await t.db.placement.findUniqueOrThrow({ where: { id: placement.id } })).status).toBe("ENDED");
    // An ended placement takes no more follow-ups: the row is rejected with the form's reason.
    const again = await upload(guzhang!, workbook, "回访.xlsx");
    expect(again.body.recorded).toBe(0);
    expect(again.body.rejected[0]).toMatchObject({ row: 2, reason: expect.stringContaining("已结束") });
  });

  it("lets an employer confirm its own placements only", async () => {
    const [own, rivals] = [await placed(), await placed("433126", rivalId)];
    const csv = [
      "就业记录编号,身份证号,回访日期,是否在岗",
      `${own.placement.id},,2026-11-30,是`,
      `${rivals.placement.id},,2026-11-30,是`,
      `,${rivals.seeker.idNumber},2026-11-30,是`,
    ].join("\n");
    const res = await upload(recruiter!, Buffer.from(csv), "f.csv");
    expect(res.body.recorded).toBe(1);
    expect(res.body.rejected.map((r: { row: number }) => r.row)).toEqual([3, 4]);
    expect(await followUps(rivals.placement.id)).toBe(0);
  });

  it("refuses a JSON body (415), a file without the columns (400) and an empty upload (400)", async () => {
    const json = await request(t.app).post("/api/followups/import").set("Cookie", guzhang!).send({ file: "x" });
    expect(json.status).toBe(415);
    const headerless = await upload(guzhang!, Buffer.from("姓名,日期\n张三,2026-11-30\n"), "f.csv");
    expect(headerless.status).toBe(400);
    expect(headerless.body.error.message).toMatch(/缺少列：就业记录编号（placementId）、身份证号（idNumber）、是否在岗（employed）/);
    expect((await upload(guzhang!, Buffer.alloc(0), "f.csv")).status).toBe(400);
  });
});
