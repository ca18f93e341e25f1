// The household import with the files county offices really have: CSV saved by Excel or WPS
// on Chinese Windows (GBK), Chinese headers and category words, a title above the header,
// and the template downloaded, filled in and sent back.
import crypto from "node:crypto";
import ExcelJS from "exceljs";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAsGbkCsv } from "../../lib/spreadsheet/testing/spreadsheet-save.ts";
import { createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let admin: string;
let staff: string;
beforeAll(async () => {
  t = await createTestApp();
  const a = await createUser(t.db, { role: "ADMIN" });
  const s = await createUser(t.db, { role: "STAFF" });
  admin = await signIn(t.app, a.username, a.password);
  staff = await signIn(t.app, s.username, s.password);
});
afterAll(() => t.close());

const CHINESE_HEADER = "户编号,行政区划代码,乡镇,村,家庭类别,有劳动力人数";
const code = () => `433126-${crypto.randomInt(10_000_000).toString().padStart(7, "0")}`;

const upload = (file: Buffer, name: string) =>
  request(t.app).post("/api/households/import").set("Cookie", admin).attach("file", file, name);

const stored = (householdCode: string) => t.db.household.findUnique({ where: { code: householdCode } });

/** A binary body (XLSX) as a Buffer; supertest leaves unknown types unread otherwise. */
const asBuffer = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on("data", (chunk: Buffer) => chunks.push(chunk));
  res.on("end", () => callback(null, Buffer.concat(chunks)));
};

describe("CSV as Excel and WPS save it", () => {
  it("imports a GBK roster with a title, a blank row and a date line above Chinese headers; a re-import changes nothing", async () => {
    const [a, b, c, d] = [code(), code(), code(), code()];
    const roster = [
      "古丈县农户名册,,,,,,",
      ",,,,,,",
      "填报日期：2026年12月1日,,,,,,",
      // The householder's name is a column the import never reads.
      "户码,户主姓名,行政区划代码,乡镇,行政村,户类型,有劳动力人数",
      `${a},张三,433126,古阳镇,白溪关村,建档立卡户,2`,
      `${b},李四,433126,默戎镇,龙鼻村,脱贫户,1`,
      `${c},王五,433126,红石林镇,坐苦坝村,防返贫监测户,3`,
      `${d},赵六,433126,断龙山镇,田家洞村,一般户,0`,
      `${code()},钱七,433126,断龙山镇,田家洞村,困难户,1`,
    ].join("\r\n");
    const file = saveAsGbkCsv(`${roster}\r\n`);
    expect(file.includes(Buffer.from("古丈县", "utf8"))).toBe(false);

    const res = await upload(file, "古丈县农户名册.csv");
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ imported: 4, updated: 0, unchanged: 0, rejectedCount: 1, totalRows: 5 });
    // Row 9 as the spreadsheet shows it: three title rows, the header, then five households.
    expect(res.body.rejected).toEqual([{ row: 9, reason: expect.stringMatching(/^家庭类别：/) }]);
    expect(await stored(a)).toMatchObject({
      township: "古阳镇",
      village: "白溪关村",
      povertyStatus: "REGISTERED_POOR",
      labourCapableMembers: 2,
    });
    expect(await stored(b)).toMatchObject({ township: "默戎镇", povertyStatus: "LIFTED" });
    expect(await stored(c)).toMatchObject({ village: "坐苦坝村", povertyStatus: "MONITORED", labourCapableMembers: 3 });
    expect(await stored(d)).toMatchObject({ povertyStatus: "NONE", labourCapableMembers: 0 });
    const before = await t.db.household.findMany({ where: { code: { in: [a, b, c, d] } }, orderBy: { code: "asc" } });
    expect(JSON.stringify(before)).not.toContain("张三");

    const again = await upload(file, "古丈县农户名册.csv");
    expect(again.body).toMatchObject({ imported: 0, updated: 0, unchanged: 4, rejectedCount: 1 });
    expect(await t.db.household.findMany({ where: { code: { in: [a, b, c, d] } }, orderBy: { code: "asc" } })).toEqual(before);
    const audit = await t.db.auditLog.findFirst({ where: { action: "households.import" }, orderBy: { id: "desc" } });
    expect(audit?.data).toMatchObject({ format: "csv", encoding: "gb18030" });
  });

  it("imports UTF-8 with and without a byte-order mark, headers with spaces and full-width letters", async () => {
    const [a, b] = [code(), code()];
    const text = [" 户编号 ", "行政区划代码", "乡　镇", "村", "家庭类别", "ｌａｂｏｕｒＣａｐａｂｌｅＭｅｍｂｅｒｓ"].join(",");
    const withBom = await upload(Buffer.from(`\uFEFF${text}\r\n${a},433126,古阳镇,坪坝村,建档立卡贫困户,2\r\n`), "bom.csv");
    expect(withBom.body).toMatchObject({ imported: 1, rejectedCount: 0 });
    const withoutBom = await upload(Buffer.from(`${text}\n${b},433126,古阳镇,坪坝村,监测户,1\n`), "plain.csv");
    expect(withoutBom.body).toMatchObject({ imported: 1, rejectedCount: 0 });
    expect(await stored(a)).toMatchObject({ povertyStatus: "REGISTERED_POOR" });
    expect(await stored(b)).toMatchObject({ povertyStatus: "MONITORED", township: "古阳镇" });
  });

  it("refuses a file it cannot read with 400 and how to save it, writing nothing", async () => {
    const count = await t.db.household.count();
    const garbage = crypto.randomBytes(8192);
    const utf16 = Buffer.from(`${CHINESE_HEADER}\r\n${code()},433126,古阳镇,坪坝村,脱贫户,2\r\n`, "utf16le");
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), crypto.randomBytes(4096)]);
    for (const [file, name] of [
      [garbage, "名册.csv"],
      [utf16, "名册.csv"],
      [xls, "名册.xls"],
    ] as const) {
      const res = await upload(file, name);
      expect(res.status, name).toBe(400);
      expect(res.body.error).toMatchObject({
        code: "VALIDATION_FAILED",
        message: expect.stringContaining("请在 Excel 或 WPS 中“另存为” CSV（逗号分隔）或 Excel 工作簿 (.xlsx) 后再上传"),
        issues: [{ path: ["body", "file"], message: expect.stringContaining("另存为") }],
      });
    }
    expect(await t.db.household.count()).toBe(count);
  });
});

describe("XLSX with a title", () => {
  it("skips a merged title row and a date line and keeps the sheet's row numbers", async () => {
    const [a, b] = [code(), code()];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("农户名册");
    sheet.addRow(["古丈县农户名册"]);
    sheet.mergeCells("A1:F1");
    sheet.addRow(["统计时间：2026年12月"]);
    sheet.addRow([]);
    sheet.addRow(["户编号", "行政区划代码", "乡镇", "村", "家庭类别", "有劳动力人数"]);
    sheet.addRow([a, 433126, "古阳镇", "坪坝村", "脱贫户", 2]);
    sheet.addRow([b, 433126, "古阳镇", "坪坝村", "防返贫监测户", "很多"]);
    const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), "名册.xlsx");
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ imported: 1, totalRows: 2, rejected: [{ row: 6, reason: expect.stringMatching(/^有劳动力人数：/) }] });
    expect(await stored(a)).toMatchObject({ regionCode: "433126", povertyStatus: "LIFTED" });
  });
});

describe("GET /api/households/import-template", () => {
  it("gives STAFF and ADMIN a CSV (UTF-8 with BOM) with Chinese headers and examples; filled in and saved as GBK it imports", async () => {
    const res = await request(t.app).get("/api/households/import-template?format=csv").set("Cookie", staff);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    expect(res.headers["content-disposition"]).toMatch(/^attachment;.*\.csv/);
    const template = res.text;
    expect(template.startsWith(`\uFEFF${CHINESE_HEADER}\r\n`)).toBe(true);
    const examples = template.trimEnd().split("\r\n").slice(1);
    expect(examples.length).toBeGreaterThanOrEqual(1);
    expect(examples.every((line) => line.startsWith("示例") && /,(建档立卡户|脱贫户|防返贫监测户|一般户),/.test(line))).toBe(true);

    // The clerk types two households under the examples and Excel saves the file as GBK.
    const [a, b] = [code(), code()];
    const filled = `${template}${a},433126,古阳镇,坪坝村,建档立卡户,2\r\n${b},433126,默戎镇,龙鼻村,一般户,1\r\n`;
    const imported = await upload(saveAsGbkCsv(filled), "农户名册导入模板.csv");
    expect(imported.status, imported.text).toBe(200);
    expect(imported.body).toMatchObject({ imported: 2, rejectedCount: 0, totalRows: 2 });
    expect(await stored(a)).toMatchObject({ povertyStatus: "REGISTERED_POOR" });
    expect(await stored(b)).toMatchObject({ povertyStatus: "NONE", village: "龙鼻村" });
    expect(await t.db.household.count({ where: { code: { startsWith: "示例" } } })).toBe(0);

    expect((await request(t.app).get("/api/households/import-template").set("Cookie", admin)).text).toBe(template);
  });

  it("gives a workbook with the same header row; filled in, it imports", async () => {
    const res = await request(t.app).get("/api/households/import-template?format=xlsx").set("Cookie", admin).buffer(true).parse(asBuffer);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(CHINESE_HEADER.split(","));
    expect(String(sheet.getCell("E2").value)).toMatch(/^(建档立卡户|脱贫户|防返贫监测户|一般户)$/);

    const a = code();
    sheet.getRow(4).values = [a, "433126", "古阳镇", "坪坝村", "防返贫监测户", 2];
    const imported = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), "农户名册导入模板.xlsx");
    expect(imported.body).toMatchObject({ imported: 1, rejectedCount: 0, totalRows: 1 });
    expect(await stored(a)).toMatchObject({ povertyStatus: "MONITORED", labourCapableMembers: 2 });
  });

  it("refuses an unknown format and anonymous callers", async () => {
    expect((await request(t.app).get("/api/households/import-template?format=xls").set("Cookie", admin)).status).toBe(400);
    expect((await request(t.app).get("/api/households/import-template")).status).toBe(401);
  });
});
