import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorkbook } from "../../lib/spreadsheet/testing/workbook.ts";
import { createSeeker, createUser } from "../../testing/factories.ts";
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

const HEADER = "householdCode,regionCode,township,village,povertyStatus,labourCapableMembers";
const code = () => `433126-${crypto.randomInt(10_000_000).toString().padStart(7, "0")}`;

const upload = (file: Buffer, name: string, headers: Record<string, string> = {}) =>
  request(t.app).post("/api/households/import").set("Cookie", admin).set(headers).attach("file", file, name);

describe("POST /api/households/import", () => {
  it("imports a UTF-8 CSV with a BOM, rejects bad rows with their row numbers, and a re-import changes nothing", async () => {
    const [a, b, c] = [code(), code(), code()];
    const csv = [
      HEADER,
      `${a},433126,古阳镇,白溪关村,REGISTERED_POOR,2`,
      `${b},433126,默戎镇,龙鼻村,建档立卡户,1`,
      `${c},4331,红石林镇,坐苦坝村,LIFTED,1`,
      "",
      `${a},433126,古阳镇,白溪关村,LIFTED,3`,
      `${code()},433126,断龙山镇,,NONE,2`,
      `${code()},433126,断龙山镇,田家洞村,RICH,2`,
      `${code()},433126,断龙山镇,田家洞村,NONE,-1`,
    ].join("\n");
    const res = await upload(Buffer.from(`\uFEFF${csv}`, "utf8"), "registry.csv");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 2, updated: 0, unchanged: 0, rejectedCount: 5, totalRows: 7 });
    expect(res.body.rejected).toEqual([
      { row: 4, reason: "行政区划代码：行政区划代码应为6位数字" },
      { row: 6, reason: "户编号：与第 2 行重复" },
      { row: 7, reason: "村：村不能为空" },
      { row: 8, reason: expect.stringMatching(/^家庭类别：/) },
      { row: 9, reason: expect.stringMatching(/^有劳动力人数：/) },
    ]);
    const stored = await t.db.household.findUniqueOrThrow({ where: { code: b } });
    expect(stored).toMatchObject({ township: "默戎镇", povertyStatus: "REGISTERED_POOR", labourCapableMembers: 1 });

    const again = await upload(Buffer.from(`\uFEFF${csv}`, "utf8"), "registry.csv");
    expect(again.body).toMatchObject({ imported: 0, updated: 0, unchanged: 2, rejectedCount: 5 });
    expect((await t.db.household.findUniqueOrThrow({ where: { code: b } })).updatedAt).toEqual(stored.updatedAt);
  });

  it("counts only rows whose values changed as updated", async () => {
    const [a, b] = [code(), code()];
    const first = `${HEADER}\n${a},433126,古阳镇,白溪关村,REGISTERED_POOR,2\n${b},433126,古阳镇,白溪关村,MONITORED,1\n`;
    expect((await upload(Buffer.from(first), "r.csv")).body).toMatchObject({ imported: 2, updated: 0 });
    const second = `${HEADER}\n${a},433126,古阳镇,白溪关村,LIFTED,2\n${b},433126,古阳镇,白溪关村,MONITORED,1\n`;
    expect((await upload(Buffer.from(second), "r.csv")).body).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    expect((await t.db.household.findUniqueOrThrow({ where: { code: a } })).povertyStatus).toBe("LIFTED");
  });

  it("queues a matching-index update for the members of a household whose status changed, and only for them", async () => {
    const [a, b] = [code(), code()];
    await upload(Buffer.from(`${HEADER}\n${a},433126,古阳镇,白溪关村,REGISTERED_POOR,2\n${b},433126,古阳镇,白溪关村,NONE,1\n`), "r.csv");
    const householdA = await t.db.household.findUniqueOrThrow({ where: { code: a } });
    const householdB = await t.db.household.findUniqueOrThrow({ where: { code: b } });
    const member = await createSeeker(t.db, t.fieldCrypto, { householdId: householdA.id });
    const other = await createSeeker(t.db, t.fieldCrypto, { householdId: householdB.id });
    const queued = (id: string) => t.db.outboxEvent.count({ where: { topic: "seeker.changed", aggregateId: id } });
    const before = { member: await queued(member.id), other: await queued(other.id) };

    await upload(Buffer.from(`${HEADER}\n${a},433126,古阳镇,白溪关村,LIFTED,2\n${b},433126,古阳镇,白溪关村,NONE,1\n`), "r.csv");
    expect(await queued(member.id)).toBe(before.member + 1);
    expect(await queued(other.id)).toBe(before.other);
  });

  it("imports XLSX with Chinese headers, numeric cells and extra columns it never stores", async () => {
    const [a, b] = [code(), code()];
    const file = await buildWorkbook(
      [
        ["户编号", "户主姓名", "行政区划代码", "乡镇", "村", "户类型", "劳动力人数"],
        [a, "张三", 433126, "古阳镇", "白溪关村", "脱贫户", 2],
        [b, "李四", 433126, "古阳镇", "白溪关村", "MONITORED", "abc"],
      ],
      "户籍",
    );
    const res = await upload(file, "registry.xlsx");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 1, rejected: [{ row: 3, reason: expect.stringMatching(/^有劳动力人数：/) }] });
    expect(await t.db.household.findUniqueOrThrow({ where: { code: a } })).toMatchObject({ regionCode: "433126", povertyStatus: "LIFTED" });
    expect(JSON.stringify(await t.db.household.findMany({ where: { code: a } }))).not.toContain("张三");
  });

  it("rejects the whole file (nothing written) when a column is missing", async () => {
    const missing = await upload(Buffer.from(`householdCode,regionCode,township\n${code()},433126,古阳镇\n`), "r.csv");
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain("village");
  });

  it("answers 413 over 20 MiB, 415 for JSON, 400 for a legacy .xls, and 403 for STAFF", async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 0x41);
    const tooLarge = await upload(big, "big.csv");
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe("PAYLOAD_TOO_LARGE");
    const json = await request(t.app).post("/api/households/import").set("Cookie", admin).send({ rows: [] });
    expect(json.status).toBe(415);
    const xls = await upload(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), "old.xls");
    expect(xls.status).toBe(400);
    expect(xls.body.error).toMatchObject({ code: "VALIDATION_FAILED", message: expect.stringMatching(/\.xls.*另存为/) });
    const asStaff = await request(t.app).post("/api/households/import").set("Cookie", staff).attach("file", Buffer.from(HEADER), "r.csv");
    expect(asStaff.status).toBe(403);
    const noFile = await request(t.app).post("/api/households/import").set("Cookie", admin).field("note", "x");
    expect(noFile.status).toBe(400);
  });

  it("publishes progress under X-Import-Id, DONE with the totals afterwards; an id cannot be reused", async () => {
    const importId = crypto.randomUUID();
    const rows = Array.from({ length: 12_000 }, (_, i) => `T${importId.slice(0, 8)}-${i},433126,古阳镇,白溪关村,NONE,1`);
    const file = Buffer.from([HEADER, ...rows].join("\n"));
    const res = await upload(file, "r.csv", { "X-Import-Id": importId });
    expect(res.body).toMatchObject({ imported: 12_000, totalRows: 12_000 });
    const progress = await request(t.app).get(`/api/households/imports/${importId}`).set("Cookie", admin);
    expect(progress.status).toBe(200);
    expect(progress.body.progress).toMatchObject({ importId, status: "DONE", processedRows: 12_000, totalRows: 12_000 });
    const reused = await upload(file, "r.csv", { "X-Import-Id": importId });
    expect(reused.status).toBe(409);
    expect((await upload(file, "r.csv", { "X-Import-Id": "not-a-uuid" })).status).toBe(400);
    expect((await request(t.app).get(`/api/households/imports/${crypto.randomUUID()}`).set("Cookie", admin)).status).toBe(404);
    const audit = await t.db.auditLog.findFirst({ where: { action: "households.import", entityId: importId } });
    expect(audit?.data).toMatchObject({ totalRows: 12_000, format: "csv" });
  });

  it("is RUNNING from the first byte of the upload, so a poller never sees 404 for a started import", async () => {
    const server = http.createServer(t.app).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as AddressInfo;
    const importId = crypto.randomUUID();
    const boundary = "----xiezuo-test-boundary";
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.csv"\r\nContent-Type: text/csv\r\n\r\n`;
    const tail = `${HEADER}\n${code()},433126,古阳镇,白溪关村,NONE,1\n\r\n--${boundary}--\r\n`;
    const req = http.request({
      port,
      method: "POST",
      path: "/api/households/import",
      headers: { Cookie: admin, "Content-Type": `multipart/form-data; boundary=${boundary}`, "X-Import-Id": importId },
    });
    const answer = new Promise<{ status?: number; body: string }>((resolve) =>
      req.on("response", (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode, body }));
      }),
    );
    req.write(head);
    let progress = await request(t.app).get(`/api/households/imports/${importId}`).set("Cookie", admin);
    for (let i = 0; progress.status === 404 && i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      progress = await request(t.app).get(`/api/households/imports/${importId}`).set("Cookie", admin);
    }
    expect(progress.body.progress).toMatchObject({ status: "RUNNING", processedRows: 0, totalRows: null });
    req.end(tail);
    const done = await answer;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body)).toMatchObject({ imported: 1 });
    server.close();
  });

  it("marks a failed import FAILED", async () => {
    const importId = crypto.randomUUID();
    const res = await upload(Buffer.from("a,b\n1,2\n"), "r.csv", { "X-Import-Id": importId });
    expect(res.status).toBe(400);
    const progress = await request(t.app).get(`/api/households/imports/${importId}`).set("Cookie", admin);
    expect(progress.body.progress.status).toBe("FAILED");
  });
});

describe("GET /api/households", () => {
  it("lists households by region and code prefix for ADMIN and STAFF", async () => {
    const prefix = `L${crypto.randomInt(100_000)}`;
    const csv = `${HEADER}\n${prefix}-1,433126,古阳镇,白溪关村,NONE,1\n${prefix}-2,433127,古阳镇,白溪关村,NONE,1\n`;
    await upload(Buffer.from(csv), "r.csv");
    const res = await request(t.app).get("/api/households").query({ code: prefix }).set("Cookie", staff);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    const region = await request(t.app).get("/api/households").query({ code: prefix, regionCode: "433127" }).set("Cookie", staff);
    expect(region.body.households.map((h: { code: string }) => h.code)).toEqual([`${prefix}-2`]);
  });
});
