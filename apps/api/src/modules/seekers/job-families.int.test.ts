// 想做什么工作: the desk's POST /api/seekers and the public registration take jobFamilies,
// words of the job-family dictionary, store them on the seeker and answer them back.
import request from "supertest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFair, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import {
  clearRegistrationLimits,
  newPerson,
  postCode,
  postRegistration,
  registerPerson,
  sessionCookieOf,
} from "../registrations/testing/self-service.ts";

let t: TestApp;
let staff: string;
let fairId: string;

beforeAll(async () => {
  t = await createTestApp();
  const s = await createUser(t.db, { role: "STAFF" });
  staff = await signIn(t.app, s.username, s.password);
  fairId = (await createFair(t.db, { status: "OPEN" })).id;
});
afterAll(() => t.close());
beforeEach(() => clearRegistrationLimits(t));

const counts = async () => ({ seekers: await t.db.seeker.count(), registrations: await t.db.registration.count() });

describe("POST /api/seekers with jobFamilies", () => {
  it("stores the words on the seeker (once each) and answers them; none given is an empty list", async () => {
    const res = await request(t.app)
      .post("/api/seekers")
      .set("Cookie", staff)
      .send({ ...newPerson(), name: "龙大勇", jobFamilies: ["焊工", "保安", "焊工"], consent: true });
    expect(res.status).toBe(201);
    expect(res.body.seeker.jobFamilies).toEqual(["焊工", "保安"]);
    expect((await t.db.seeker.findUniqueOrThrow({ where: { id: res.body.seeker.id } })).jobFamilies).toEqual(["焊工", "保安"]);
    const read = await request(t.app).get(`/api/seekers/${res.body.seeker.id}`).set("Cookie", staff);
    expect(read.body.seeker.jobFamilies).toEqual(["焊工", "保安"]);

    const plain = await request(t.app)
      .post("/api/seekers")
      .set("Cookie", staff)
      .send({ ...newPerson(), name: "龙小妹", consent: true });
    expect(plain.body.seeker.jobFamilies).toEqual([]);
  });

  it("refuses a word the dictionary does not have with 400 on that very item, writing nothing", async () => {
    const before = await counts();
    const res = await request(t.app)
      .post("/api/seekers")
      .set("Cookie", staff)
      .send({ ...newPerson(), name: "龙大勇", jobFamilies: ["焊工", "会飞"], consent: true });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
    expect(res.body.error.issues.map((i: { path: unknown[] }) => i.path)).toEqual([["body", "jobFamilies", 1]]);
    const notList = await request(t.app)
      .post("/api/seekers")
      .set("Cookie", staff)
      .send({ ...newPerson(), name: "龙大勇", jobFamilies: "焊工", consent: true });
    expect(notList.status).toBe(400);
    expect(notList.body.error.issues[0].path).toEqual(["body", "jobFamilies"]);
    expect(await counts()).toEqual(before);
  });
});

describe("registrations with jobFamilies", () => {
  it("carries them onto the new seeker at verification; the seeker reads them at /api/me/seeker", async () => {
    const { verificationId, code } = await registerPerson(t, fairId, newPerson(), { jobFamilies: ["普工", "叉车工"] });
    const res = await postCode(t, verificationId, code);
    expect(res.status).toBe(200);
    const me = await request(t.app).get("/api/me/seeker").set("Cookie", sessionCookieOf(res));
    expect(me.body.seeker.jobFamilies).toEqual(["普工", "叉车工"]);
  });

  it("refuses an unknown word with 400 on body.jobFamilies.<i>, writing nothing", async () => {
    const before = await counts();
    const res = await postRegistration(t, fairId, { ...newPerson(), jobFamilies: ["保洁", "焊"], consent: true });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: unknown[] }) => i.path)).toEqual([["body", "jobFamilies", 1]]);
    expect(await counts()).toEqual(before);
  });

  it("replaces a known seeker's wishes when the registration comes from the seeker's own phone, not from another", async () => {
    const known = await createSeeker(t.db, t.fieldCrypto);
    await t.db.seeker.update({ where: { id: known.id }, data: { jobFamilies: ["保洁"] } });
    const own = await registerPerson(
      t,
      fairId,
      { name: known.name, idNumber: known.idNumber, phone: known.phone },
      { jobFamilies: ["厨师"] },
    );
    expect((await postCode(t, own.verificationId, own.code)).status).toBe(200);
    expect((await t.db.seeker.findUniqueOrThrow({ where: { id: known.id } })).jobFamilies).toEqual(["厨师"]);
    // Matching hears of the change through the outbox.
    expect(await t.db.outboxEvent.count({ where: { topic: "seeker.changed", aggregateId: known.id } })).toBeGreaterThan(0);

    const other = await registerPerson(
      t,
      fairId,
      { name: known.name, idNumber: known.idNumber, phone: newPerson().phone },
      { jobFamilies: ["保安"] },
    );
    expect((await postCode(t, other.verificationId, other.code)).status).toBe(200);
    expect((await t.db.seeker.findUniqueOrThrow({ where: { id: known.id } })).jobFamilies).toEqual(["厨师"]);
  });

  it("carries them through the desk's confirmation of a pre-registration", async () => {
    const { verificationId } = await registerPerson(t, fairId, newPerson(), { jobFamilies: ["护理/护工"] });
    const res = await request(t.app).post(`/api/registrations/${verificationId}/confirm`).set("Cookie", staff);
    expect(res.status).toBe(200);
    expect(res.body.seeker.jobFamilies).toEqual(["护理/护工"]);
  });
});
