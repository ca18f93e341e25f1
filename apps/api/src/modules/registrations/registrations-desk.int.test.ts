import { maskIdNumber, maskPhone } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createEmployer, createFair, createHousehold, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { HOUSEHOLD_UNKNOWN_NOTE, PHONE_DIFFERS_NOTE } from "./index.ts";
import { clearRegistrationLimits, newPerson, postCode, registerPerson } from "./testing/self-service.ts";

let t: TestApp;
let staff: string;
let admin: string;
let employer: string;

beforeAll(async () => {
  t = await createTestApp();
  const s = await createUser(t.db, { role: "STAFF" });
  const a = await createUser(t.db, { role: "ADMIN" });
  const e = await createUser(t.db, { role: "EMPLOYER", employerId: (await createEmployer(t.db)).id });
  staff = await signIn(t.app, s.username, s.password);
  admin = await signIn(t.app, a.username, a.password);
  employer = await signIn(t.app, e.username, e.password);
});
afterAll(() => t.close());
beforeEach(() => clearRegistrationLimits(t));

const seekerIdOf = async (verificationId: string) =>
  (await t.db.registration.findUniqueOrThrow({ where: { id: verificationId } })).seekerId;

describe("creating or linking the seeker on verification", () => {
  it("ends the same ID number registered at two fairs as one seeker and one SEEKER user", async () => {
    const [fairA, fairB] = [await createFair(t.db), await createFair(t.db)];
    const person = newPerson();
    const first = await registerPerson(t, fairA.id, person);
    const second = await registerPerson(t, fairB.id, person);
    const a = await postCode(t, first.verificationId, first.code);
    const b = await postCode(t, second.verificationId, second.code);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body.user.id).toBe(a.body.user.id);
    const seekerId = await seekerIdOf(first.verificationId);
    expect(await seekerIdOf(second.verificationId)).toBe(seekerId);
    const hash = (await t.db.registration.findUniqueOrThrow({ where: { id: first.verificationId } })).idNumberHash;
    expect(await t.db.seeker.count({ where: { idNumberHash: hash } })).toBe(1);
    expect(await t.db.user.count({ where: { seekerId: seekerId! } })).toBe(1);
  });

  it("makes one seeker when the same person verifies at two fairs at the same moment", async () => {
    const [fairA, fairB] = [await createFair(t.db), await createFair(t.db)];
    const person = newPerson();
    const first = await registerPerson(t, fairA.id, person);
    const second = await registerPerson(t, fairB.id, person);
    const answers = await Promise.all([postCode(t, first.verificationId, first.code), postCode(t, second.verificationId, second.code)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    expect(answers[0]!.body.user.id).toBe(answers[1]!.body.user.id);
    expect(await seekerIdOf(first.verificationId)).toBe(await seekerIdOf(second.verificationId));
  });

  it("makes one seeker when the desk registers the person while their code is verified (one create-or-link)", async () => {
    const fair = await createFair(t.db);
    const person = newPerson();
    const { verificationId, code } = await registerPerson(t, fair.id, person);
    const [atDesk, byCode] = await Promise.all([
      request(t.app)
        .post("/api/seekers")
        .set("Cookie", staff)
        .send({ ...person, consent: true }),
      postCode(t, verificationId, code),
    ]);
    expect(byCode.status).toBe(200);
    const seekerId = await seekerIdOf(verificationId);
    if (atDesk.status === 201) expect(atDesk.body.seeker.id).toBe(seekerId);
    else expect(atDesk.body.error).toMatchObject({ code: "CONFLICT", existingId: seekerId });
    expect(await t.db.seeker.count({ where: { name: person.name } })).toBe(1);
  });

  it("links a seeker registered at the desk instead of duplicating it, keeping the registry's data", async () => {
    const fair = await createFair(t.db);
    const household = await createHousehold(t.db);
    const desk = await createSeeker(t.db, t.fieldCrypto, { householdId: household.id });
    const seekersBefore = await t.db.seeker.count();
    const { verificationId, code } = await registerPerson(t, fair.id, { name: "另一个名字", idNumber: desk.idNumber, phone: desk.phone });
    const res = await postCode(t, verificationId, code);
    expect(res.status).toBe(200);
    expect(res.body.user.displayName).toBe(desk.name);
    expect(await t.db.seeker.count()).toBe(seekersBefore);
    expect(await t.db.registration.findUniqueOrThrow({ where: { id: verificationId } })).toMatchObject({
      seekerId: desk.id,
      reviewNote: null,
    });
    expect(await t.db.seeker.findUniqueOrThrow({ where: { id: desk.id } })).toMatchObject({ name: desk.name, householdId: household.id });
  });

  it("flags a known ID number arriving with another phone for the desk, and keeps the registry's phone", async () => {
    const fair = await createFair(t.db);
    const desk = await createSeeker(t.db, t.fieldCrypto);
    const other = newPerson();
    const { verificationId, code } = await registerPerson(t, fair.id, { name: desk.name, idNumber: desk.idNumber, phone: other.phone });
    expect((await postCode(t, verificationId, code)).status).toBe(200);
    expect(await t.db.registration.findUniqueOrThrow({ where: { id: verificationId } })).toMatchObject({
      seekerId: desk.id,
      reviewNote: PHONE_DIFFERS_NOTE,
    });
    expect((await t.db.seeker.findUniqueOrThrow({ where: { id: desk.id } })).phoneHash).toBe(desk.phoneHash);
  });

  it("links the household by its code, and flags an unknown code for the desk", async () => {
    const fair = await createFair(t.db);
    const household = await createHousehold(t.db, { povertyStatus: "MONITORED" });
    const known = await registerPerson(t, fair.id, newPerson(), { householdCode: household.code });
    const unknown = await registerPerson(t, fair.id, newPerson(), { householdCode: "4331269999999" });
    expect((await postCode(t, known.verificationId, known.code)).status).toBe(200);
    expect((await postCode(t, unknown.verificationId, unknown.code)).status).toBe(200);
    const knownSeeker = await t.db.seeker.findUniqueOrThrow({ where: { id: (await seekerIdOf(known.verificationId))! } });
    expect(knownSeeker.householdId).toBe(household.id);
    const unknownRow = await t.db.registration.findUniqueOrThrow({ where: { id: unknown.verificationId }, include: { seeker: true } });
    expect(unknownRow.reviewNote).toBe(HOUSEHOLD_UNKNOWN_NOTE);
    expect(unknownRow.seeker?.householdId).toBeNull();
  });

  it("gives a disabled SEEKER account no session, and leaves the code unused", async () => {
    const fair = await createFair(t.db);
    const person = newPerson();
    const first = await registerPerson(t, fair.id, person);
    const ok = await postCode(t, first.verificationId, first.code);
    await t.db.user.update({ where: { id: ok.body.user.id }, data: { disabledAt: new Date() } });
    const again = await registerPerson(t, fair.id, person);
    const refused = await postCode(t, again.verificationId, again.code);
    expect(refused.status).toBe(403);
    expect(refused.headers["set-cookie"]).toBeUndefined();
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: again.verificationId } })).confirmedAt).toBeNull();
  });
});

describe("the desk: GET /api/fairs/:id/registrations and POST /api/registrations/:id/confirm", () => {
  it("lists unconfirmed pre-registrations of the fair, masked, for STAFF and ADMIN; 403 EMPLOYER, 401 anonymous", async () => {
    const fair = await createFair(t.db);
    const elsewhere = await createFair(t.db);
    const people = [newPerson(), newPerson()];
    const regs: { verificationId: string; code: string }[] = [];
    for (const p of people) regs.push(await registerPerson(t, fair.id, p));
    await registerPerson(t, elsewhere.id, newPerson());
    const confirmed = await registerPerson(t, fair.id, newPerson());
    expect((await postCode(t, confirmed.verificationId, confirmed.code)).status).toBe(200);

    for (const cookie of [staff, admin]) {
      const res = await request(t.app).get(`/api/fairs/${fair.id}/registrations`).set("Cookie", cookie);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(2);
      expect(res.body.registrations.map((r: { id: string }) => r.id).sort()).toEqual(regs.map((r) => r.verificationId).sort());
      const body = JSON.stringify(res.body);
      for (const p of people) {
        expect(body).not.toContain(p.idNumber);
        expect(body).not.toContain(p.phone);
      }
      const row = res.body.registrations.find((r: { id: string }) => r.id === regs[0]!.verificationId);
      expect(row).toEqual({
        id: regs[0]!.verificationId,
        fairId: fair.id,
        name: people[0]!.name,
        idNumberMasked: maskIdNumber(people[0]!.idNumber),
        phoneMasked: maskPhone(people[0]!.phone),
        createdAt: expect.any(String),
        codeExpiresAt: expect.any(String),
        confirmedAt: null,
        seekerId: null,
        reviewNote: null,
      });
    }
    const done = await request(t.app).get(`/api/fairs/${fair.id}/registrations?state=CONFIRMED`).set("Cookie", staff);
    expect(done.body.registrations.map((r: { id: string }) => r.id)).toEqual([confirmed.verificationId]);
    expect(done.body.registrations[0].seekerId).toEqual(expect.any(String));
    const all = await request(t.app).get(`/api/fairs/${fair.id}/registrations?state=ALL&limit=2`).set("Cookie", staff);
    expect(all.body.total).toBe(3);
    expect(all.body.registrations).toHaveLength(2);

    expect((await request(t.app).get(`/api/fairs/${fair.id}/registrations`).set("Cookie", employer)).status).toBe(403);
    expect((await request(t.app).get(`/api/fairs/${fair.id}/registrations`)).status).toBe(401);
    expect((await request(t.app).get("/api/fairs/6f1c0c1e-8d0b-4d8e-9a5e-1f2a3b4c5d6e/registrations").set("Cookie", staff)).status).toBe(
      404,
    );
    expect((await request(t.app).get(`/api/fairs/${fair.id}/registrations?state=EXPIRED`).set("Cookie", staff)).status).toBe(400);
  });

  it("lists a person who asked for several codes once, and no longer once confirmed or checked in at the fair", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const [twice, laterConfirmed, walkedIn] = [newPerson(), newPerson(), newPerson()];
    await registerPerson(t, fair.id, twice);
    const latest = await registerPerson(t, fair.id, twice);
    const unconfirmed = await registerPerson(t, fair.id, laterConfirmed);
    const retry = await registerPerson(t, fair.id, laterConfirmed);
    await registerPerson(t, fair.id, walkedIn);
    const waiting = async () => {
      const res = await request(t.app).get(`/api/fairs/${fair.id}/registrations`).set("Cookie", staff);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(res.body.registrations.length);
      return res.body.registrations.map((r: { id: string }) => r.id).sort();
    };
    expect((await waiting()).length).toBe(3);
    expect(await waiting()).toContain(latest.verificationId);

    expect((await postCode(t, retry.verificationId, retry.code)).status).toBe(200);
    expect(await waiting()).not.toContain(unconfirmed.verificationId);

    // Registered and checked in at the desk the ordinary way, never entering the code.
    const seeker = await request(t.app)
      .post("/api/seekers")
      .set("Cookie", staff)
      .send({ name: walkedIn.name, idNumber: walkedIn.idNumber, phone: walkedIn.phone, consent: true });
    expect(seeker.status).toBe(201);
    const checkIn = await request(t.app)
      .post(`/api/fairs/${fair.id}/checkins`)
      .set("Cookie", staff)
      .send({ seekerId: seeker.body.seeker.id, clientRequestId: crypto.randomUUID() });
    expect(checkIn.status).toBe(201);
    expect(await waiting()).toEqual([latest.verificationId]);
  });

  it("confirms in person: creates the seeker without a code or a session, answers a repeat the same, and the code is then spent", async () => {
    const fair = await createFair(t.db);
    const person = newPerson({ gender: "MALE", birthDate: "1985-02-03" });
    const { verificationId, code } = await registerPerson(t, fair.id, person);
    const confirm = () => request(t.app).post(`/api/registrations/${verificationId}/confirm`).set("Cookie", staff);
    const res = await confirm();
    expect(res.status).toBe(200);
    expect(res.headers["set-cookie"]).toBeUndefined();
    expect(res.body.registration).toMatchObject({ id: verificationId, confirmedAt: expect.any(String), reviewNote: null });
    expect(res.body.seeker).toMatchObject({ name: person.name, gender: "MALE", birthDate: "1985-02-03" });
    expect(res.body.registration.seekerId).toBe(res.body.seeker.id);
    expect(JSON.stringify(res.body)).not.toContain(person.idNumber);
    expect(JSON.stringify(res.body)).not.toContain(person.phone);
    expect(await t.db.user.count({ where: { seekerId: res.body.seeker.id } })).toBe(0);

    const repeat = await confirm();
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(res.body);
    expect((await postCode(t, verificationId, code)).status).toBe(400);
  });

  it("links an already registered seeker at the desk, even after the code expired or was locked", async () => {
    const fair = await createFair(t.db);
    const desk = await createSeeker(t.db, t.fieldCrypto);
    const { verificationId } = await registerPerson(t, fair.id, { name: desk.name, idNumber: desk.idNumber, phone: desk.phone });
    await t.db.registration.update({ where: { id: verificationId }, data: { failedAttempts: 5, codeExpiresAt: new Date(0) } });
    const before = await t.db.seeker.count();
    const res = await request(t.app).post(`/api/registrations/${verificationId}/confirm`).set("Cookie", admin);
    expect(res.status).toBe(200);
    expect(res.body.seeker.id).toBe(desk.id);
    expect(await t.db.seeker.count()).toBe(before);
  });

  it("answers 404 for an unknown registration, 403 EMPLOYER, 401 anonymous, 400 for a body", async () => {
    const unknown = await request(t.app).post("/api/registrations/6f1c0c1e-8d0b-4d8e-9a5e-1f2a3b4c5d6e/confirm").set("Cookie", staff);
    expect(unknown.status).toBe(404);
    const fair = await createFair(t.db);
    const { verificationId } = await registerPerson(t, fair.id, newPerson());
    expect((await request(t.app).post(`/api/registrations/${verificationId}/confirm`).set("Cookie", employer)).status).toBe(403);
    expect((await request(t.app).post(`/api/registrations/${verificationId}/confirm`)).status).toBe(401);
    const withBody = await request(t.app).post(`/api/registrations/${verificationId}/confirm`).set("Cookie", staff).send({ seekerId: "x" });
    expect(withBody.status).toBe(400);
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: verificationId } })).confirmedAt).toBeNull();
  });
});
