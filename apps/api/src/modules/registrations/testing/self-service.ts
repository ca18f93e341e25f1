// Test helpers for the self-service flow: a person with valid numbers, a registration through
// the real route, the code read back from the development outbox (the notifications table).
import crypto from "node:crypto";
import { createSeededRandom, generateIdNumber, generatePhone } from "@xiezuo/contracts";
import request from "supertest";
import type { TestApp } from "../../../testing/test-app.ts";

export interface Person {
  name: string;
  idNumber: string;
  phone: string;
}

const issued = new Set<string>();

/** A person never handed out before in this process (ID numbers collide easily otherwise). */
export function newPerson(overrides: Partial<{ gender: "MALE" | "FEMALE"; birthDate: string }> = {}): Person {
  const random = createSeededRandom(crypto.randomInt(2 ** 31));
  const gender = overrides.gender ?? (random() < 0.5 ? "MALE" : "FEMALE");
  const birthDate =
    overrides.birthDate ?? `19${70 + Math.floor(random() * 30)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
  let idNumber = generateIdNumber({ regionCode: "433126", birthDate, gender }, random);
  while (issued.has(idNumber)) idNumber = generateIdNumber({ regionCode: "433126", birthDate, gender }, random);
  issued.add(idNumber);
  return { name: `自助报名${crypto.randomBytes(3).toString("hex")}`, idNumber, phone: generatePhone(random) };
}

export function postRegistration(t: TestApp, fairId: string, body: Record<string, unknown>) {
  return request(t.app).post(`/api/public/fairs/${fairId}/registrations`).send(body);
}

export function postCode(t: TestApp, verificationId: string, code: string, cookie?: string) {
  const req = request(t.app).post(`/api/public/verifications/${verificationId}`);
  if (cookie) req.set("Cookie", cookie);
  return req.send({ code });
}

/** The code as the development provider keeps it: the text of the queued SMS. */
export async function readCode(t: TestApp, verificationId: string): Promise<string> {
  const message = await t.db.notification.findFirstOrThrow({ where: { registrationId: verificationId, kind: "VERIFICATION_CODE" } });
  const code = /验证码 (\d{6})/.exec(message.text)?.[1];
  if (!code) throw new Error(`no code in ${message.text}`);
  return code;
}

/** Registers through the public route and returns the verification id with its code. */
export async function registerPerson(
  t: TestApp,
  fairId: string,
  person: Person,
  extra: Record<string, unknown> = {},
): Promise<{ verificationId: string; code: string }> {
  const res = await postRegistration(t, fairId, { ...person, consent: true, ...extra });
  if (res.status !== 202) throw new Error(`registration failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { verificationId: res.body.verificationId, code: await readCode(t, res.body.verificationId) };
}

export function sessionCookieOf(res: request.Response): string {
  const cookie = ([] as string[]).concat(res.headers["set-cookie"] ?? []).find((c) => c.startsWith("xz_session="));
  if (!cookie) throw new Error("no session cookie set");
  return cookie.split(";")[0]!;
}

/** Registers, verifies and returns the SEEKER's session cookie and seeker id. */
export async function signInAsSeeker(
  t: TestApp,
  fairId: string,
  person: Person = newPerson(),
): Promise<{ cookie: string; seekerId: string; person: Person }> {
  const { verificationId, code } = await registerPerson(t, fairId, person);
  const res = await postCode(t, verificationId, code);
  if (res.status !== 200) throw new Error(`verification failed: ${res.status} ${JSON.stringify(res.body)}`);
  const user = await t.db.user.findUniqueOrThrow({ where: { id: res.body.user.id }, select: { seekerId: true } });
  return { cookie: sessionCookieOf(res), seekerId: user.seekerId!, person };
}

/** Every test may register many people from the one supertest address: start its IP window afresh. */
export async function clearRegistrationLimits(t: TestApp): Promise<void> {
  await t.db.rateLimit.deleteMany({ where: { OR: [{ key: { startsWith: "registration:" } }, { key: { startsWith: "sign-in:" } }] } });
}

export function postSignIn(t: TestApp, body: Record<string, unknown>) {
  return request(t.app).post("/api/public/sign-in").send(body);
}

/** The newest sign-in code sent to a seeker, as the development provider keeps it. */
export async function readSignInCode(t: TestApp, seekerId: string): Promise<string> {
  const message = await t.db.notification.findFirstOrThrow({
    where: { seekerId, kind: "VERIFICATION_CODE" },
    orderBy: { createdAt: "desc" },
  });
  const code = /验证码 (\d{6})/.exec(message.text)?.[1];
  if (!code) throw new Error(`no code in ${message.text}`);
  return code;
}
