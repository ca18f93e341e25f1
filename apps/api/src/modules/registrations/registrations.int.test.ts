import { maskPhone } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { fixedClock } from "../../lib/clock.ts";
import { createLogger } from "../../lib/logger.ts";
import { hashPassword } from "../../lib/password.ts";
import { createFair, createSeeker } from "../../testing/factories.ts";
import { createTestApp, TEST_SESSION_POLICY, type TestApp } from "../../testing/test-app.ts";
import { NOTIFICATION_SEND } from "../notifications/index.ts";
import { MAX_CODE_ATTEMPTS, REGISTRATION_LIMITS } from "./index.ts";
import {
  clearRegistrationLimits,
  newPerson,
  postCode,
  postRegistration,
  readCode,
  registerPerson,
  sessionCookieOf,
} from "./testing/self-service.ts";

const clock = fixedClock(new Date("2026-05-10T02:00:00Z"));
let t: TestApp;
let fairId: string;

beforeAll(async () => {
  t = await createTestApp({ clock });
  fairId = (await createFair(t.db, { status: "OPEN", title: "古丈县春风行动招聘会" })).id;
});
afterAll(() => t.close());
beforeEach(() => clearRegistrationLimits(t));

const counts = async () => ({ registrations: await t.db.registration.count(), notifications: await t.db.notification.count() });
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("POST /api/public/fairs/:id/registrations", () => {
  it("answers a registered seeker and an unknown person alike (202, same keys), and queues a code SMS for each", async () => {
    const known = await createSeeker(t.db, t.fieldCrypto);
    const stranger = newPerson();
    const seekersBefore = await t.db.seeker.count();
    const a = await postRegistration(t, fairId, { name: known.name, idNumber: known.idNumber, phone: known.phone, consent: true });
    const b = await postRegistration(t, fairId, { ...stranger, consent: true });
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(Object.keys(a.body).sort()).toEqual(["expiresAt", "phoneMasked", "verificationId"]);
    expect(Object.keys(b.body).sort()).toEqual(Object.keys(a.body).sort());
    expect(a.body.expiresAt).toBe(new Date(clock.now().getTime() + 10 * 60_000).toISOString());
    expect(b.body.phoneMasked).toBe(maskPhone(stranger.phone));
    expect(a.body.phoneMasked).toBe(maskPhone(known.phone));
    for (const [res, phone, idNumber] of [
      [a, known.phone, known.idNumber],
      [b, stranger.phone, stranger.idNumber],
    ] as const) {
      expect(JSON.stringify(res.body)).not.toContain(phone);
      expect(JSON.stringify(res.body)).not.toContain(idNumber);
      const messages = await t.db.notification.findMany({ where: { registrationId: res.body.verificationId } });
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ kind: "VERIFICATION_CODE", status: "PENDING", phoneMasked: res.body.phoneMasked });
      expect(messages[0]!.text).toMatch(/^【协作】验证码 \d{6}，10分钟内有效，用于报名「古丈县春风行动招聘会」/);
      expect(messages[0]!.text).not.toContain(phone);
      const events = await t.db.outboxEvent.findMany({ where: { topic: NOTIFICATION_SEND, aggregateId: messages[0]!.id } });
      expect(events).toHaveLength(1);
      // Only the keyed hash of the code is stored, and the numbers only sealed.
      const row = await t.db.registration.findUniqueOrThrow({ where: { id: res.body.verificationId } });
      const code = await readCode(t, res.body.verificationId);
      expect(row.codeHash).not.toContain(code);
      expect(row.codeHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(row.idNumberCipher).toString("latin1")).not.toContain(idNumber);
      expect(row).toMatchObject({ confirmedAt: null, seekerId: null, failedAttempts: 0 });
    }
    // Nothing about the person is looked up or linked before the code comes back.
    expect(await t.db.seeker.count()).toBe(seekersBefore);
  });

  it("answers 404 for an unknown fair and 409 FAIR_NOT_OPEN for a closed one, writing nothing; a DRAFT fair takes registrations", async () => {
    const closed = await createFair(t.db, { status: "CLOSED" });
    const draft = await createFair(t.db, { status: "DRAFT" });
    const before = await counts();
    const unknown = await postRegistration(t, "6f1c0c1e-8d0b-4d8e-9a5e-1f2a3b4c5d6e", { ...newPerson(), consent: true });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("NOT_FOUND");
    const late = await postRegistration(t, closed.id, { ...newPerson(), consent: true });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("FAIR_NOT_OPEN");
    expect(await counts()).toEqual(before);
    expect((await postRegistration(t, draft.id, { ...newPerson(), consent: true })).status).toBe(202);
  });

  it("rejects malformed bodies with 400 and writes nothing", async () => {
    const person = newPerson();
    const before = await counts();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...person, consent: true, role: "ADMIN" }, ["body"]],
      [{ ...person, consent: false }, ["body", "consent"]],
      [
        { ...person, idNumber: `${person.idNumber.slice(0, 17)}${person.idNumber.endsWith("0") ? "1" : "0"}`, consent: true },
        ["body", "idNumber"],
      ],
      [{ ...person, phone: "12345", consent: true }, ["body", "phone"]],
      [{ name: person.name, consent: true }, ["body", "idNumber"]],
    ];
    for (const [body, path] of cases) {
      const res = await postRegistration(t, fairId, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect(res.body.error.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    }
    expect(await counts()).toEqual(before);
  });

  it(`limits one phone to ${REGISTRATION_LIMITS.perPhone} codes per window: then 429 RATE_LIMITED, nothing written`, async () => {
    const person = newPerson();
    for (let i = 0; i < REGISTRATION_LIMITS.perPhone; i++) {
      expect((await postRegistration(t, fairId, { ...person, consent: true })).status).toBe(202);
    }
    const before = await counts();
    // Another ID number on the same phone is the same phone.
    const refused = await postRegistration(t, fairId, { ...newPerson(), phone: person.phone, consent: true });
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      error: { code: "RATE_LIMITED", message: expect.stringMatching(/请 \d+ 分钟后再试/), requestId: refused.headers["x-request-id"] },
    });
    expect(await counts()).toEqual(before);
    // Other phones from the same address still get through.
    expect((await postRegistration(t, fairId, { ...newPerson(), consent: true })).status).toBe(202);
  });

  it(`limits one address to ${REGISTRATION_LIMITS.perIp} requests per window across API processes: then 429, nothing written`, async () => {
    // A second app on the same database stands for a second API process behind the balancer.
    const second = createApp({
      db: t.db,
      search: t.search,
      fieldCrypto: t.fieldCrypto,
      logger: createLogger("warn"),
      clock,
      config: { session: TEST_SESSION_POLICY, trustProxy: 0, stableEmploymentMonths: 3 },
    });
    for (let i = 0; i < REGISTRATION_LIMITS.perIp; i++) {
      const app = i % 2 === 0 ? t.app : second.app;
      expect(
        (
          await request(app)
            .post(`/api/public/fairs/${fairId}/registrations`)
            .send({ ...newPerson(), consent: true })
        ).status,
      ).toBe(202);
    }
    const before = await counts();
    for (const app of [t.app, second.app]) {
      const refused = await request(app)
        .post(`/api/public/fairs/${fairId}/registrations`)
        .send({ ...newPerson(), consent: true });
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe("RATE_LIMITED");
    }
    expect(await counts()).toEqual(before);
  });
});

describe("POST /api/public/verifications/:id", () => {
  it("refuses a wrong code with 400 on body.code and counts the attempt", async () => {
    const { verificationId, code } = await registerPerson(t, fairId, newPerson());
    const res = await postCode(t, verificationId, otherCode(code));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
    expect(res.body.error.issues).toEqual([{ path: ["body", "code"], message: `验证码不正确，还可再试 ${MAX_CODE_ATTEMPTS - 1} 次` }]);
    expect(res.headers["set-cookie"]).toBeUndefined();
    await postCode(t, verificationId, otherCode(otherCode(code)));
    const row = await t.db.registration.findUniqueOrThrow({ where: { id: verificationId } });
    expect(row).toMatchObject({ failedAttempts: 2, confirmedAt: null, seekerId: null });
  });

  it(`locks after ${MAX_CODE_ATTEMPTS} wrong codes: the right code then gets 429`, async () => {
    const { verificationId, code } = await registerPerson(t, fairId, newPerson());
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) expect((await postCode(t, verificationId, otherCode(code))).status).toBe(400);
    const locked = await postCode(t, verificationId, code);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("RATE_LIMITED");
    expect(locked.headers["set-cookie"]).toBeUndefined();
    const row = await t.db.registration.findUniqueOrThrow({ where: { id: verificationId } });
    expect(row).toMatchObject({ failedAttempts: MAX_CODE_ATTEMPTS, confirmedAt: null, seekerId: null });
  });

  it("counts parallel wrong guesses one by one: never more than the allowed tries", async () => {
    const { verificationId, code } = await registerPerson(t, fairId, newPerson());
    const guesses = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"));
    const answers = await Promise.all(guesses.map((g) => postCode(t, verificationId, g)));
    expect(answers.every((r) => r.status === 400 || r.status === 429)).toBe(true);
    expect(answers.filter((r) => r.status === 400).length).toBeLessThanOrEqual(MAX_CODE_ATTEMPTS);
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: verificationId } })).failedAttempts).toBe(MAX_CODE_ATTEMPTS);
    expect((await postCode(t, verificationId, code)).status).toBe(429);
  });

  it("refuses an expired code with 400 (10 minutes, on the app's clock)", async () => {
    const { verificationId, code } = await registerPerson(t, fairId, newPerson());
    const registeredAt = clock.now();
    clock.set(new Date(registeredAt.getTime() + 10 * 60_000 + 1));
    try {
      const res = await postCode(t, verificationId, code);
      expect(res.status).toBe(400);
      expect(res.body.error.issues).toEqual([{ path: ["body", "code"], message: "验证码已过期，请重新报名获取新验证码" }]);
      expect((await t.db.registration.findUniqueOrThrow({ where: { id: verificationId } })).confirmedAt).toBeNull();
    } finally {
      clock.set(registeredAt);
    }
  });

  it("signs the person in as a SEEKER with a session cookie; the code cannot be used twice", async () => {
    const person = newPerson({ gender: "FEMALE", birthDate: "1990-06-01" });
    const { verificationId, code } = await registerPerson(t, fairId, person, { preferredCities: ["济南"], expectedWageMin: 4500 });
    const res = await postCode(t, verificationId, code);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: {
        id: expect.any(String),
        username: expect.stringMatching(/^seeker-/),
        role: "SEEKER",
        employerId: null,
        organisationId: null,
        displayName: person.name,
      },
    });
    const setCookie = ([] as string[]).concat(res.headers["set-cookie"] ?? []).join(";");
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = sessionCookieOf(res);
    const me = await request(t.app).get("/api/auth/me").set("Cookie", cookie);
    expect(me.status).toBe(200);
    expect(me.body.user.role).toBe("SEEKER");

    const user = await t.db.user.findUniqueOrThrow({ where: { id: res.body.user.id } });
    const seeker = await t.db.seeker.findUniqueOrThrow({ where: { id: user.seekerId! } });
    expect(seeker).toMatchObject({
      name: person.name,
      gender: "FEMALE",
      preferredCities: ["济南"],
      expectedWageMin: 4500,
      householdId: null,
    });
    expect(seeker.birthDate.toISOString().slice(0, 10)).toBe("1990-06-01");
    const registration = await t.db.registration.findUniqueOrThrow({ where: { id: verificationId } });
    expect(registration).toMatchObject({ seekerId: seeker.id, reviewNote: null });
    expect(registration.confirmedAt).toEqual(clock.now());
    // Matching learns of the new seeker through the outbox.
    expect(await t.db.outboxEvent.count({ where: { topic: "seeker.changed", aggregateId: seeker.id } })).toBe(1);

    const again = await postCode(t, verificationId, code);
    expect(again.status).toBe(400);
    expect(again.headers["set-cookie"]).toBeUndefined();
    // A SEEKER never signs in with a password, even one that matches what is stored.
    await t.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("a-real-password-123") } });
    const login = await request(t.app).post("/api/auth/login").send({ username: user.username, password: "a-real-password-123" });
    expect(login.status).toBe(401);
    expect(login.body.error.code).toBe("UNAUTHENTICATED");
  });

  it("replaces a session the caller already had (a new session id)", async () => {
    const first = await registerPerson(t, fairId, newPerson());
    const cookieA = sessionCookieOf(await postCode(t, first.verificationId, first.code));
    const second = await registerPerson(t, fairId, newPerson());
    const res = await postCode(t, second.verificationId, second.code, cookieA);
    expect(res.status).toBe(200);
    expect(sessionCookieOf(res)).not.toBe(cookieA);
    expect((await request(t.app).get("/api/auth/me").set("Cookie", cookieA)).status).toBe(401);
  });

  it("answers 400 for an unknown verification id and a malformed code", async () => {
    const unknown = await postCode(t, "6f1c0c1e-8d0b-4d8e-9a5e-1f2a3b4c5d6e", "123456");
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0].path).toEqual(["body", "code"]);
    const { verificationId } = await registerPerson(t, fairId, newPerson());
    for (const code of ["12345", "abcdef", "1234567"]) {
      const res = await postCode(t, verificationId, code);
      expect(res.status).toBe(400);
      expect(res.body.error.issues[0].path).toEqual(["body", "code"]);
    }
    // Malformed input is not a guess.
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: verificationId } })).failedAttempts).toBe(0);
    const extra = await request(t.app).post(`/api/public/verifications/${verificationId}`).send({ code: "123456", seekerId: "x" });
    expect(extra.status).toBe(400);
  });

  it("lets exactly one of two simultaneous uses of the same code through", async () => {
    const { verificationId, code } = await registerPerson(t, fairId, newPerson());
    const answers = await Promise.all([postCode(t, verificationId, code), postCode(t, verificationId, code)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 400]);
    expect(await t.db.user.count({ where: { role: "SEEKER", id: answers.find((r) => r.status === 200)!.body.user.id } })).toBe(1);
  });
});
