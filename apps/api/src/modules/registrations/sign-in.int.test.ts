// POST /api/public/sign-in {phone}: a seeker signs in again on any phone. The answer never
// says whether a seeker has the number; the code then goes through the registrations'
// verification path and signs the seeker in without creating anyone.
import { maskPhone } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { createFair, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { NOTIFICATION_SEND } from "../notifications/index.ts";
import { MAX_CODE_ATTEMPTS, SIGN_IN_LIMITS } from "./index.ts";
import {
  clearRegistrationLimits,
  newPerson,
  postCode,
  postSignIn,
  readSignInCode,
  sessionCookieOf,
  signInAsSeeker,
} from "./testing/self-service.ts";

const clock = fixedClock(new Date("2026-05-10T02:00:00Z"));
let t: TestApp;
let admin: string;
let fairId: string;

beforeAll(async () => {
  t = await createTestApp({ clock });
  const a = await createUser(t.db, { role: "ADMIN" });
  admin = await signIn(t.app, a.username, a.password);
  fairId = (await createFair(t.db, { status: "OPEN" })).id;
});
afterAll(() => t.close());
beforeEach(() => clearRegistrationLimits(t));

const counts = async () => ({
  seekers: await t.db.seeker.count(),
  users: await t.db.user.count(),
  signIns: await t.db.seekerSignIn.count(),
  notifications: await t.db.notification.count(),
  outbox: await t.db.outboxEvent.count(),
});
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("POST /api/public/sign-in", () => {
  it("answers a seeker's phone and an unknown phone alike (202, same keys); only the seeker's phone gets a code", async () => {
    const { seekerId, person } = await signInAsSeeker(t, fairId);
    const stranger = newPerson().phone;
    const messagesBefore = await t.db.notification.count();

    const known = await postSignIn(t, { phone: `${person.phone.slice(0, 3)} ${person.phone.slice(3)}` });
    const unknown = await postSignIn(t, { phone: stranger });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(Object.keys(known.body).sort()).toEqual(["expiresAt", "phoneMasked", "verificationId"]);
    expect(Object.keys(unknown.body).sort()).toEqual(Object.keys(known.body).sort());
    expect(known.body.phoneMasked).toBe(maskPhone(person.phone));
    expect(unknown.body.phoneMasked).toBe(maskPhone(stranger));
    expect(known.body.expiresAt).toBe(new Date(clock.now().getTime() + 10 * 60_000).toISOString());
    expect(unknown.body.expiresAt).toBe(known.body.expiresAt);
    expect(known.headers["set-cookie"]).toBeUndefined();
    for (const res of [known, unknown]) {
      expect(JSON.stringify(res.body)).not.toContain(person.phone);
      expect(JSON.stringify(res.body)).not.toContain(stranger);
    }

    // One message, to the seeker, queued with its outbox event; nothing for the unknown number.
    expect(await t.db.notification.count()).toBe(messagesBefore + 1);
    const message = await t.db.notification.findFirstOrThrow({ where: { seekerId }, orderBy: { createdAt: "desc" } });
    expect(message).toMatchObject({ kind: "VERIFICATION_CODE", status: "PENDING", phoneMasked: maskPhone(person.phone) });
    expect(message.text).toMatch(/^【协作】验证码 \d{6}，10分钟内有效，用于登录“我的”/);
    expect(await t.db.outboxEvent.count({ where: { topic: NOTIFICATION_SEND, aggregateId: message.id } })).toBe(1);
    // Both requests are remembered alike; only the known one names a seeker.
    expect(await t.db.seekerSignIn.findUniqueOrThrow({ where: { id: known.body.verificationId } })).toMatchObject({ seekerId });
    expect(await t.db.seekerSignIn.findUniqueOrThrow({ where: { id: unknown.body.verificationId } })).toMatchObject({ seekerId: null });
  });

  it("puts the code in the development outbox, readable by ADMIN", async () => {
    const { person } = await signInAsSeeker(t, fairId);
    await postSignIn(t, { phone: person.phone });
    const outbox = await request(t.app).get("/api/notifications/outbox?kind=VERIFICATION_CODE").set("Cookie", admin);
    expect(outbox.status).toBe(200);
    const item = outbox.body.notifications.find(
      (n: { phoneMasked: string; text: string }) => n.phoneMasked === maskPhone(person.phone) && n.text.includes("用于登录"),
    );
    expect(item.text).toMatch(/验证码 \d{6}，/);
  });

  it("signs the seeker in with the code (200 SEEKER and a session), creating no seeker; /api/me/seeker answers for that seeker", async () => {
    const { seekerId, person, cookie: firstPhone } = await signInAsSeeker(t, fairId, newPerson());
    const accepted = await postSignIn(t, { phone: person.phone });
    const code = await readSignInCode(t, seekerId);
    const before = await counts();
    const res = await postCode(t, accepted.body.verificationId, code);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: {
        id: expect.any(String),
        username: `seeker-${seekerId}`,
        role: "SEEKER",
        employerId: null,
        organisationId: null,
        displayName: person.name,
      },
    });
    expect(res.headers["cache-control"]).toBe("no-store");
    const cookie = sessionCookieOf(res);
    expect(cookie).not.toBe(firstPhone);
    const me = await request(t.app).get("/api/me/seeker").set("Cookie", cookie);
    expect(me.status).toBe(200);
    expect(me.body.seeker).toMatchObject({ id: seekerId, name: person.name, phoneMasked: maskPhone(person.phone) });
    expect(me.body.fairs.map((f: { fairId: string }) => f.fairId)).toEqual([fairId]);
    // No new seeker, no new user; the first phone's session lives on.
    expect(await counts()).toMatchObject({ seekers: before.seekers, users: before.users });
    expect((await request(t.app).get("/api/auth/me").set("Cookie", firstPhone)).status).toBe(200);
    expect((await t.db.seekerSignIn.findUniqueOrThrow({ where: { id: accepted.body.verificationId } })).usedAt).toEqual(clock.now());

    const again = await postCode(t, accepted.body.verificationId, code);
    expect(again.status).toBe(400);
    expect(again.body.error.issues).toEqual([{ path: ["body", "code"], message: "验证码无效或已使用，请重新获取验证码" }]);
  });

  it("signs in a seeker registered at the desk, who never had an account: the SEEKER user is made then", async () => {
    const desk = await createSeeker(t.db, t.fieldCrypto);
    const accepted = await postSignIn(t, { phone: desk.phone });
    const res = await postCode(t, accepted.body.verificationId, await readSignInCode(t, desk.id));
    expect(res.status).toBe(200);
    expect(res.body.user.displayName).toBe(desk.name);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: res.body.user.id } })).toMatchObject({ role: "SEEKER", seekerId: desk.id });
  });

  it("answers guesses for an unknown phone as for a known one: 400 with the tries left, then locked", async () => {
    const unknown = await postSignIn(t, { phone: newPerson().phone });
    const { person, seekerId } = await signInAsSeeker(t, fairId);
    const known = await postSignIn(t, { phone: person.phone });
    const code = await readSignInCode(t, seekerId);
    const before = await counts();
    const a = await postCode(t, unknown.body.verificationId, code);
    const b = await postCode(t, known.body.verificationId, otherCode(code));
    expect([a.status, b.status]).toEqual([400, 400]);
    expect(a.body.error.issues).toEqual(b.body.error.issues);
    expect(a.body.error.issues).toEqual([{ path: ["body", "code"], message: `验证码不正确，还可再试 ${MAX_CODE_ATTEMPTS - 1} 次` }]);
    for (let i = 1; i < MAX_CODE_ATTEMPTS; i++) await postCode(t, known.body.verificationId, otherCode(code));
    const locked = await postCode(t, known.body.verificationId, code);
    expect(locked.status).toBe(429);
    expect(locked.headers["set-cookie"]).toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  it("refuses an expired code with 400, in the sign-in's own words", async () => {
    const { person, seekerId } = await signInAsSeeker(t, fairId);
    const accepted = await postSignIn(t, { phone: person.phone });
    const code = await readSignInCode(t, seekerId);
    const sentAt = clock.now();
    clock.set(new Date(sentAt.getTime() + 10 * 60_000 + 1));
    try {
      const res = await postCode(t, accepted.body.verificationId, code);
      expect(res.status).toBe(400);
      expect(res.body.error.issues).toEqual([{ path: ["body", "code"], message: "验证码已过期，请重新获取验证码" }]);
    } finally {
      clock.set(sentAt);
    }
  });

  it(`limits one phone to ${SIGN_IN_LIMITS.perPhone} codes per window: then 429 RATE_LIMITED, nothing written`, async () => {
    const { person } = await signInAsSeeker(t, fairId);
    for (let i = 0; i < SIGN_IN_LIMITS.perPhone; i++) expect((await postSignIn(t, { phone: person.phone })).status).toBe(202);
    const before = await counts();
    const refused = await postSignIn(t, { phone: person.phone });
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      error: { code: "RATE_LIMITED", message: expect.stringMatching(/请 \d+ 分钟后再试/), requestId: refused.headers["x-request-id"] },
    });
    expect(await counts()).toEqual(before);
    // An unknown phone is limited exactly the same way (no enumeration through the limit either).
    const stranger = newPerson().phone;
    for (let i = 0; i < SIGN_IN_LIMITS.perPhone; i++) expect((await postSignIn(t, { phone: stranger })).status).toBe(202);
    expect((await postSignIn(t, { phone: stranger })).status).toBe(429);
  });

  it(`limits one address to ${SIGN_IN_LIMITS.perIp} requests per window: then 429, nothing written`, async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) expect((await postSignIn(t, { phone: newPerson().phone })).status).toBe(202);
    const before = await counts();
    const refused = await postSignIn(t, { phone: newPerson().phone });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("RATE_LIMITED");
    expect(await counts()).toEqual(before);
  });

  it("rejects a malformed phone with 400 on body.phone, and other malformed bodies, writing nothing", async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ phone: "12345" }, ["body", "phone"]],
      [{ phone: "23800000000" }, ["body", "phone"]],
      [{ phone: 13800000000 }, ["body", "phone"]],
      [{}, ["body", "phone"]],
      [{ phone: newPerson().phone, idNumber: "x" }, ["body"]],
    ];
    for (const [body, path] of cases) {
      const res = await postSignIn(t, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect(res.body.error.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    }
    expect(await counts()).toEqual(before);
  });
});
