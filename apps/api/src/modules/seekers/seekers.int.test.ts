import { computeIdNumberCheckChar, createSeededRandom, generateIdNumber, generatePhone } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createHousehold, createPosition, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let admin: string;
let staff: string;
let adminId: string;
const random = createSeededRandom(20261128);
/** Every raw number this file ever sent; none may come back in any response. */
const rawNumbers: string[] = [];

function newPerson(birthDate = "1986-03-14", gender: "MALE" | "FEMALE" = "FEMALE") {
  const idNumber = generateIdNumber({ regionCode: "433126", birthDate, gender }, random);
  const phone = generatePhone(random);
  rawNumbers.push(idNumber, phone);
  return { idNumber, phone };
}

function expectNoRawNumbers(body: unknown) {
  const text = JSON.stringify(body);
  for (const raw of rawNumbers) expect(text).not.toContain(raw);
}

beforeAll(async () => {
  t = await createTestApp();
  const a = await createUser(t.db, { role: "ADMIN" });
  const s = await createUser(t.db, { role: "STAFF" });
  adminId = a.id;
  admin = await signIn(t.app, a.username, a.password);
  staff = await signIn(t.app, s.username, s.password);
});
afterAll(() => t.close());

describe("POST /api/seekers", () => {
  it("registers a seeker: numbers stored encrypted, answered masked, gender and birth date from the ID", async () => {
    const household = await createHousehold(t.db, { povertyStatus: "REGISTERED_POOR" });
    const person = newPerson("1986-03-14", "FEMALE");
    const res = await request(t.app)
      .post("/api/seekers")
      .set("Cookie", staff)
      .send({
        name: "向春梅",
        idNumber: person.idNumber.toLowerCase(),
        phone: `+86 ${person.phone.slice(0, 3)}-${person.phone.slice(3)}`,
        householdCode: household.code,
        education: "初中",
        skills: ["缝纫"],
        preferredCities: ["济南"],
        expectedWageMin: 4000,
        needsLodging: true,
        consent: true,
      });
    expect(res.status).toBe(201);
    expect(res.body.seeker).toMatchObject({
      name: "向春梅",
      idNumberMasked: `${person.idNumber.slice(0, 6)}********${person.idNumber.slice(14)}`,
      phoneMasked: `${person.phone.slice(0, 3)}****${person.phone.slice(7)}`,
      gender: "FEMALE",
      birthDate: "1986-03-14",
      household: { code: household.code, povertyStatus: "REGISTERED_POOR" },
      education: "初中",
      skills: ["缝纫"],
      preferredCities: ["济南"],
      expectedWageMin: 4000,
      needsLodging: true,
    });
    expectNoRawNumbers(res.body);
    const row = await t.db.seeker.findUniqueOrThrow({ where: { id: res.body.seeker.id } });
    expect(Buffer.from(row.idNumberCipher).toString("latin1")).not.toContain(person.idNumber);
    expect(t.fieldCrypto.decrypt(row.idNumberCipher)).toBe(person.idNumber);
    expect(t.fieldCrypto.decrypt(row.phoneCipher)).toBe(person.phone);
  });

  it("answers 409 CONFLICT with existingId for an ID number already registered, also when desks race", async () => {
    const person = newPerson("1979-11-02", "MALE");
    const body = { name: "彭大山", ...person, consent: true };
    const results = await Promise.all(Array.from({ length: 6 }, () => request(t.app).post("/api/seekers").set("Cookie", staff).send(body)));
    const created = results.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 201)) {
      expect(r.status).toBe(409);
      expect(r.body.error).toMatchObject({ code: "CONFLICT", existingId: created[0]!.body.seeker.id });
      expectNoRawNumbers(r.body);
    }
    expect(await t.db.seeker.count({ where: { name: "彭大山" } })).toBe(1);
  });

  it("rejects invalid ID numbers, phones, missing consent and unknown keys with the field in issues", async () => {
    const person = newPerson();
    const wrongCheck = person.idNumber.slice(0, 17) + (computeIdNumberCheckChar(person.idNumber.slice(0, 17)) === "1" ? "2" : "1");
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ idNumber: wrongCheck }, ["body", "idNumber"]],
      [{ idNumber: `991126${person.idNumber.slice(6)}` }, ["body", "idNumber"]],
      [{ phone: "12345678901" }, ["body", "phone"]],
      [{ consent: false }, ["body", "consent"]],
      [{ consent: undefined }, ["body", "consent"]],
      [{ householdCode: "NO-SUCH-HOUSEHOLD" }, ["body", "householdCode"]],
      [{ isAdmin: true }, ["body"]],
    ];
    for (const [change, path] of cases) {
      const res = await request(t.app)
        .post("/api/seekers")
        .set("Cookie", staff)
        .send({ name: "测试", ...person, consent: true, ...change });
      expect(res.status, JSON.stringify(change)).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect(res.body.error.issues.map((i: { path: unknown }) => i.path)).toContainEqual(path);
      expectNoRawNumbers(res.body);
    }
    expect(await t.db.seeker.count({ where: { name: "测试" } })).toBe(0);
  });

  it("is for ADMIN and STAFF only", async () => {
    const employer = await createEmployer(t.db);
    const e = await createUser(t.db, { role: "EMPLOYER", employerId: employer.id });
    const cookie = await signIn(t.app, e.username, e.password);
    const body = { name: "甲", ...newPerson(), consent: true };
    expect((await request(t.app).post("/api/seekers").set("Cookie", cookie).send(body)).status).toBe(403);
    expect((await request(t.app).post("/api/seekers").send(body)).status).toBe(401);
  });
});

describe("reading seekers", () => {
  it("looks a seeker up by ID number in the body (200) or answers 404", async () => {
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    rawNumbers.push(seeker.idNumber, seeker.phone);
    const found = await request(t.app).post("/api/seekers/lookup").set("Cookie", staff).send({ idNumber: seeker.idNumber });
    expect(found.status).toBe(200);
    expect(found.body.seeker.id).toBe(seeker.id);
    expectNoRawNumbers(found.body);
    const unknown = await request(t.app).post("/api/seekers/lookup").set("Cookie", staff).send(newPerson());
    expect(unknown.status).toBe(400);
    const missing = await request(t.app).post("/api/seekers/lookup").set("Cookie", staff).send({ idNumber: newPerson().idNumber });
    expect(missing.status).toBe(404);
  });

  it("lets an EMPLOYER read only seekers with an intent on one of its positions", async () => {
    const employer = await createEmployer(t.db);
    const other = await createEmployer(t.db);
    const position = await createPosition(t.db, employer.id);
    const withIntent = await createSeeker(t.db, t.fieldCrypto);
    const withoutIntent = await createSeeker(t.db, t.fieldCrypto);
    const elsewhere = await createSeeker(t.db, t.fieldCrypto);
    rawNumbers.push(withIntent.idNumber, withIntent.phone);
    await t.db.intent.create({ data: { seekerId: withIntent.id, positionId: position.id } });
    await t.db.intent.create({ data: { seekerId: elsewhere.id, positionId: (await createPosition(t.db, other.id)).id } });
    const e = await createUser(t.db, { role: "EMPLOYER", employerId: employer.id });
    const cookie = await signIn(t.app, e.username, e.password);

    const ok = await request(t.app).get(`/api/seekers/${withIntent.id}`).set("Cookie", cookie);
    expect(ok.status).toBe(200);
    expectNoRawNumbers(ok.body);
    expect((await request(t.app).get(`/api/seekers/${withoutIntent.id}`).set("Cookie", cookie)).status).toBe(404);
    expect((await request(t.app).get(`/api/seekers/${elsewhere.id}`).set("Cookie", cookie)).status).toBe(404);
    expect((await request(t.app).get(`/api/seekers/${withoutIntent.id}`).set("Cookie", staff)).status).toBe(200);
    expect((await request(t.app).get("/api/seekers").set("Cookie", cookie)).status).toBe(403);
  });

  it("lists seekers by part of the name, masked", async () => {
    await createSeeker(t.db, t.fieldCrypto, { name: "田秀英" });
    await createSeeker(t.db, t.fieldCrypto, { name: "田秀兰" });
    const res = await request(t.app).get("/api/seekers").query({ q: "田秀", limit: 10 }).set("Cookie", staff);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.seekers.map((s: { name: string }) => s.name).sort()).toEqual(["田秀兰", "田秀英"]);
    for (const s of res.body.seekers) expect(Object.keys(s)).not.toContain("idNumber");
  });
});

describe("POST /api/seekers/:id/unmask", () => {
  it("gives ADMIN the numbers for a stated reason, not cached, and audits who, whom and why (never the numbers)", async () => {
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    const res = await request(t.app).post(`/api/seekers/${seeker.id}/unmask`).set("Cookie", admin).send({ reason: "核对社保登记信息" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ idNumber: seeker.idNumber, phone: seeker.phone });
    expect(res.headers["cache-control"]).toBe("no-store");
    const audit = await t.db.auditLog.findMany({ where: { entityType: "seeker", entityId: seeker.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "seeker.unmask", actorUserId: adminId, reason: "核对社保登记信息" });
    expect(JSON.stringify(audit[0], (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(seeker.idNumber);
    expect(JSON.stringify(audit[0]?.data)).not.toContain(seeker.phone);
  });

  it("refuses STAFF (403), a short reason (400) and an unknown seeker (404), auditing none of them", async () => {
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    const staffTry = await request(t.app).post(`/api/seekers/${seeker.id}/unmask`).set("Cookie", staff).send({ reason: "核对信息" });
    expect(staffTry.status).toBe(403);
    expect(JSON.stringify(staffTry.body)).not.toContain(seeker.idNumber);
    const short = await request(t.app).post(`/api/seekers/${seeker.id}/unmask`).set("Cookie", admin).send({ reason: "看看" });
    expect(short.status).toBe(400);
    expect(short.body.error.issues[0].path).toEqual(["body", "reason"]);
    const unknown = await request(t.app)
      .post("/api/seekers/00000000-0000-4000-8000-000000000000/unmask")
      .set("Cookie", admin)
      .send({ reason: "核对信息" });
    expect(unknown.status).toBe(404);
    expect(await t.db.auditLog.count({ where: { action: "seeker.unmask", entityId: seeker.id } })).toBe(0);
  });
});
