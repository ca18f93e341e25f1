import { createSeededRandom, generateIdNumber } from "@xiezuo/contracts";
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
let recruiter: string;
let rival: string;
let employerId: string;
let fairId: string;
let positionId: string;
let rivalPositionId: string;
const rawNumbers: string[] = [];

async function newSeeker(povertyStatus: "REGISTERED_POOR" | "NONE" = "REGISTERED_POOR") {
  const household = await createHousehold(t.db, { povertyStatus });
  const seeker = await createSeeker(t.db, t.fieldCrypto, { householdId: household.id, birthDate: "1990-03-15", gender: "FEMALE" });
  rawNumbers.push(seeker.idNumber, seeker.phone);
  return seeker;
}

function expectNoRawNumbers(body: unknown) {
  const text = JSON.stringify(body);
  for (const raw of rawNumbers) expect(text).not.toContain(raw);
}

beforeAll(async () => {
  t = await createTestApp();
  const employer = await createEmployer(t.db, { name: "济南重汽" });
  const other = await createEmployer(t.db, { name: "别家企业" });
  employerId = employer.id;
  const fair = await createFair(t.db, { status: "OPEN" });
  fairId = fair.id;
  await joinFair(t.db, fairId, employer.id, "A01");
  await joinFair(t.db, fairId, other.id, "B02");
  positionId = (await createPosition(t.db, employer.id, { title: "焊工", fairIds: [fairId] })).id;
  rivalPositionId = (await createPosition(t.db, other.id, { title: "普工", fairIds: [fairId] })).id;
  const users = await Promise.all([
    createUser(t.db, { role: "ADMIN" }),
    createUser(t.db, { role: "STAFF" }),
    createUser(t.db, { role: "EMPLOYER", employerId: employer.id }),
    createUser(t.db, { role: "EMPLOYER", employerId: other.id }),
  ]);
  const cookies = await Promise.all(users.map((u) => signIn(t.app, u.username, u.password)));
  [admin, staff, recruiter, rival] = cookies as [string, string, string, string];
});
afterAll(() => t.close());

describe("POST /api/intents", () => {
  it("records an intent at an open fair (201), and a repeat answers 200 duplicate with the original", async () => {
    const seeker = await newSeeker();
    const first = await request(t.app).post("/api/intents").set("Cookie", staff).send({ seekerId: seeker.id, positionId, fairId });
    expect(first.status).toBe(201);
    expect(first.body.duplicate).toBe(false);
    expect(first.body.intent).toMatchObject({ seekerId: seeker.id, positionId, fairId, status: "INTENDED" });
    expect(first.body.intent.seeker).toMatchObject({
      name: seeker.name,
      idNumberMasked: seeker.idNumberMasked,
      phoneMasked: seeker.phoneMasked,
      gender: "FEMALE",
      povertyStatus: "REGISTERED_POOR",
    });
    expect(first.body.intent.seeker.age).toBeGreaterThanOrEqual(35);
    expectNoRawNumbers(first.body);

    const again = await request(t.app).post("/api/intents").set("Cookie", recruiter).send({ seekerId: seeker.id, positionId, fairId });
    expect(again.status).toBe(200);
    expect(again.body.duplicate).toBe(true);
    expect(again.body.intent.id).toBe(first.body.intent.id);
    expect(await t.db.intent.count({ where: { seekerId: seeker.id } })).toBe(1);
  });

  it("creates exactly one intent when the same one arrives many times at once", async () => {
    const seeker = await newSeeker();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        request(t.app).post("/api/intents").set("Cookie", staff).send({ seekerId: seeker.id, positionId, fairId }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.intent.id)).size).toBe(1);
    expect(await t.db.intent.count({ where: { seekerId: seeker.id } })).toBe(1);
  });

  it("records an intent outside any fair with fairId null", async () => {
    const seeker = await newSeeker();
    const res = await request(t.app).post("/api/intents").set("Cookie", admin).send({ seekerId: seeker.id, positionId });
    expect(res.status).toBe(201);
    expect(res.body.intent.fairId).toBeNull();
  });

  it("answers 409 FAIR_NOT_OPEN for a draft or closed fair, and writes nothing", async () => {
    const seeker = await newSeeker();
    for (const status of ["DRAFT", "CLOSED"] as const) {
      const fair = await createFair(t.db, { status });
      await t.db.fairPosition.create({ data: { fairId: fair.id, positionId } });
      const res = await request(t.app).post("/api/intents").set("Cookie", staff).send({ seekerId: seeker.id, positionId, fairId: fair.id });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("FAIR_NOT_OPEN");
    }
    expect(await t.db.intent.count({ where: { seekerId: seeker.id } })).toBe(0);
  });

  it("answers 409 CONFLICT for a position not linked to the fair or closed, 404 for unknown ids", async () => {
    const seeker = await newSeeker();
    const unlinked = await createPosition(t.db, employerId);
    const notLinked = await request(t.app)
      .post("/api/intents")
      .set("Cookie", staff)
      .send({ seekerId: seeker.id, positionId: unlinked.id, fairId });
    expect(notLinked.status).toBe(409);
    expect(notLinked.body.error.code).toBe("CONFLICT");

    const closed = await createPosition(t.db, employerId, { status: "CLOSED", fairIds: [fairId] });
    const closedRes = await request(t.app)
      .post("/api/intents")
      .set("Cookie", staff)
      .send({ seekerId: seeker.id, positionId: closed.id, fairId });
    expect(closedRes.status).toBe(409);

    const missing = "00000000-0000-4000-8000-000000000000";
    for (const body of [
      { seekerId: missing, positionId, fairId },
      { seekerId: seeker.id, positionId: missing, fairId },
      { seekerId: seeker.id, positionId, fairId: missing },
    ]) {
      const res = await request(t.app).post("/api/intents").set("Cookie", staff).send(body);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
    }
    expect(await t.db.intent.count({ where: { seekerId: seeker.id } })).toBe(0);
  });

  it("lets an employer record intents on its own positions only (another's answers 404)", async () => {
    const seeker = await newSeeker();
    const own = await request(t.app).post("/api/intents").set("Cookie", recruiter).send({ seekerId: seeker.id, positionId, fairId });
    expect(own.status).toBe(201);
    const others = await request(t.app)
      .post("/api/intents")
      .set("Cookie", recruiter)
      .send({ seekerId: seeker.id, positionId: rivalPositionId, fairId });
    expect(others.status).toBe(404);
    expect(others.body.error.code).toBe("NOT_FOUND");
    expect(await t.db.intent.count({ where: { seekerId: seeker.id } })).toBe(1);
  });

  it("takes the seeker from a scanned QR badge at the booth, and refuses a forged one", async () => {
    const seeker = await newSeeker();
    const badge = await request(t.app).get(`/api/seekers/${seeker.id}/badge`).set("Cookie", staff);
    expect(badge.status).toBe(200);
    const token = badge.body.token as string;
    const res = await request(t.app).post("/api/intents").set("Cookie", recruiter).send({ badgeToken: token, positionId, fairId });
    expect(res.status).toBe(201);
    expect(res.body.intent.seekerId).toBe(seeker.id);
    const forged = `${token.slice(0, 40)}${token.slice(40) === "AAAA" ? "BBBB" : "AAAA"}`;
    const bad = await request(t.app).post("/api/intents").set("Cookie", recruiter).send({ badgeToken: forged, positionId, fairId });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toEqual(["body", "badgeToken"]);
    const both = await request(t.app)
      .post("/api/intents")
      .set("Cookie", recruiter)
      .send({ badgeToken: token, seekerId: seeker.id, positionId });
    expect(both.status).toBe(400);
    const neither = await request(t.app).post("/api/intents").set("Cookie", recruiter).send({ positionId });
    expect(neither.status).toBe(400);
  });

  it("takes the seeker by a typed ID number at the booth (no badge), as lowercase x too; unknown → 404", async () => {
    const seeker = await newSeeker();
    const typed = seeker.idNumber.toLowerCase();
    const res = await request(t.app).post("/api/intents").set("Cookie", recruiter).send({ idNumber: typed, positionId, fairId });
    expect(res.status).toBe(201);
    expect(res.body.intent.seekerId).toBe(seeker.id);
    expectNoRawNumbers(res.body);
    const again = await request(t.app).post("/api/intents").set("Cookie", staff).send({ idNumber: seeker.idNumber, positionId, fairId });
    expect(again.status).toBe(200);
    expect(again.body.duplicate).toBe(true);

    const stranger = generateIdNumber({ regionCode: "433126", birthDate: "1988-08-08", gender: "MALE" }, createSeededRandom(88));
    const before = await t.db.intent.count();
    const unknown = await request(t.app).post("/api/intents").set("Cookie", recruiter).send({ idNumber: stranger, positionId, fairId });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("NOT_FOUND");
    const invalid = await request(t.app)
      .post("/api/intents")
      .set("Cookie", recruiter)
      .send({ idNumber: "433126198808081234", positionId, fairId });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.issues[0].path).toEqual(["body", "idNumber"]);
    const two = await request(t.app)
      .post("/api/intents")
      .set("Cookie", recruiter)
      .send({ idNumber: seeker.idNumber, seekerId: seeker.id, positionId });
    expect(two.status).toBe(400);
    expect(await t.db.intent.count()).toBe(before);
  });

  it("rejects unknown keys and bad ids with 400, and anonymous callers with 401", async () => {
    const seeker = await newSeeker();
    const extra = await request(t.app).post("/api/intents").set("Cookie", staff).send({ seekerId: seeker.id, positionId, status: "HIRED" });
    expect(extra.status).toBe(400);
    expect(extra.body.error.code).toBe("VALIDATION_FAILED");
    const badId = await request(t.app).post("/api/intents").set("Cookie", staff).send({ seekerId: "nope", positionId });
    expect(badId.status).toBe(400);
    expect(badId.body.error.issues[0].path).toEqual(["body", "seekerId"]);
    expect((await request(t.app).post("/api/intents").send({ seekerId: seeker.id, positionId })).status).toBe(401);
    expect(await t.db.intent.count({ where: { seekerId: seeker.id } })).toBe(0);
  });
});

describe("PATCH /api/intents/:id", () => {
  async function newIntent() {
    const seeker = await newSeeker();
    const res = await request(t.app).post("/api/intents").set("Cookie", staff).send({ seekerId: seeker.id, positionId, fairId });
    return res.body.intent.id as string;
  }
  const patch = (id: string, cookie: string, status: string) =>
    request(t.app).patch(`/api/intents/${id}`).set("Cookie", cookie).send({ status });

  it("walks the pipeline INTENDED → INTERVIEWED → OFFERED → HIRED, then HIRED is final", async () => {
    const id = await newIntent();
    for (const status of ["INTERVIEWED", "OFFERED", "HIRED"]) {
      const res = await patch(id, recruiter, status);
      expect(res.status).toBe(200);
      expect(res.body.intent.status).toBe(status);
    }
    for (const status of ["DECLINED", "WITHDRAWN", "OFFERED", "INTERVIEWED"]) {
      const res = await patch(id, staff, status);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("CONFLICT");
    }
    expect((await t.db.intent.findUniqueOrThrow({ where: { id } })).status).toBe("HIRED");
  });

  it("allows an on-the-spot hire and a decline from any open stage, never going back", async () => {
    const hired = await newIntent();
    expect((await patch(hired, recruiter, "HIRED")).body.intent.status).toBe("HIRED");

    const declined = await newIntent();
    await patch(declined, recruiter, "OFFERED");
    expect((await patch(declined, recruiter, "INTERVIEWED")).status).toBe(409);
    expect((await patch(declined, recruiter, "DECLINED")).status).toBe(200);
    expect((await patch(declined, recruiter, "HIRED")).status).toBe(409);

    const withdrawn = await newIntent();
    expect((await patch(withdrawn, staff, "WITHDRAWN")).status).toBe(200);
    expect((await patch(withdrawn, staff, "INTERVIEWED")).status).toBe(409);
  });

  it("treats setting the current status again as a harmless no-op", async () => {
    const id = await newIntent();
    expect((await patch(id, recruiter, "INTERVIEWED")).status).toBe(200);
    const again = await patch(id, recruiter, "INTERVIEWED");
    expect(again.status).toBe(200);
    expect(again.body.intent.status).toBe("INTERVIEWED");
  });

  it("applies exactly one of two conflicting changes made at once", async () => {
    const id = await newIntent();
    const [a, b] = await Promise.all([patch(id, recruiter, "HIRED"), patch(id, staff, "WITHDRAWN")]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const stored = (await t.db.intent.findUniqueOrThrow({ where: { id } })).status;
    expect(stored).toBe(a.status === 200 ? "HIRED" : "WITHDRAWN");
  });

  it("hides another employer's intent (404) and refuses INTENDED or unknown statuses (400)", async () => {
    const id = await newIntent();
    const hidden = await patch(id, rival, "DECLINED");
    expect(hidden.status).toBe(404);
    expect((await t.db.intent.findUniqueOrThrow({ where: { id } })).status).toBe("INTENDED");
    expect((await patch(id, staff, "INTENDED")).status).toBe(400);
    expect((await patch(id, staff, "LOST")).status).toBe(400);
    expect((await patch("00000000-0000-4000-8000-000000000000", staff, "HIRED")).status).toBe(404);
  });
});

describe("GET /api/intents", () => {
  it("shows an employer only its own positions' intents, masked; staff see all with filters", async () => {
    const seeker = await newSeeker("NONE");
    await request(t.app).post("/api/intents").set("Cookie", staff).send({ seekerId: seeker.id, positionId, fairId });
    await request(t.app).post("/api/intents").set("Cookie", staff).send({ seekerId: seeker.id, positionId: rivalPositionId, fairId });

    const own = await request(t.app).get(`/api/intents?fairId=${fairId}`).set("Cookie", recruiter);
    expect(own.status).toBe(200);
    expect(own.body.intents.length).toBeGreaterThan(0);
    expect(own.body.intents.every((i: { position: { employerId: string } }) => i.position.employerId === employerId)).toBe(true);
    expect(own.body.total).toBe(await t.db.intent.count({ where: { fairId, position: { employerId } } }));
    expectNoRawNumbers(own.body);
    expect(JSON.stringify(own.body)).not.toMatch(/idNumberCipher|idNumberHash|phoneCipher|phoneHash|birthDate/);

    const probing = await request(t.app).get(`/api/intents?positionId=${rivalPositionId}`).set("Cookie", recruiter);
    expect(probing.body).toEqual({ intents: [], total: 0 });

    const rivalView = await request(t.app).get(`/api/intents?positionId=${rivalPositionId}&seekerId=${seeker.id}`).set("Cookie", staff);
    expect(rivalView.body.total).toBe(1);
    expect(rivalView.body.intents[0].seeker).toMatchObject({ id: seeker.id, povertyStatus: "NONE" });

    const all = await request(t.app).get(`/api/intents?fairId=${fairId}&limit=500`).set("Cookie", admin);
    expect(all.body.total).toBe(await t.db.intent.count({ where: { fairId } }));
    expectNoRawNumbers(all.body);
  });

  it("validates filters strictly", async () => {
    const res = await request(t.app).get("/api/intents?fairId=abc").set("Cookie", staff);
    expect(res.status).toBe(400);
    expect((await request(t.app).get("/api/intents?color=red").set("Cookie", staff)).status).toBe(400);
    expect((await request(t.app).get("/api/intents")).status).toBe(401);
  });
});
