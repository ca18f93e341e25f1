// Delivery through the real outbox relay and PostgreSQL, with a scripted provider standing in
// for an SMS gateway: retries with backoff, exactly one send per message, giving up after the
// maximum attempts, and the outbox page of a real (non-dev) provider hiding one-time codes.
import crypto from "node:crypto";
import { createSeededRandom, generateIdNumber, generatePhone } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../lib/logger.ts";
import { sealIdentity } from "../../lib/personal-data.ts";
import { createFair, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { createOutboxRelay, type OutboxRelay, runUnitOfWork } from "../outbox/index.ts";
import {
  enqueueNotification,
  MAX_NOTIFICATION_ATTEMPTS,
  NOTIFICATION_SEND,
  type NotificationDraft,
  type NotificationMessage,
  verificationCodeText,
} from "./index.ts";

/** What the gateway does with each call; tests replace it. */
let gateway: (message: NotificationMessage, call: number) => void = () => {};
const sent: NotificationMessage[] = [];
const provider = {
  name: "flaky-sms",
  async send(message: NotificationMessage) {
    sent.push(message);
    gateway(message, sent.filter((m) => m.notificationId === message.notificationId).length);
    return { providerMessageId: `gw-${message.notificationId}` };
  },
};

let t: TestApp;
let relay: OutboxRelay;
let admin: string;

beforeAll(async () => {
  t = await createTestApp({ notificationProvider: provider });
  relay = createOutboxRelay({
    db: t.db,
    handlers: t.notificationHandlers,
    logger: createLogger("silent"),
    instanceId: "delivery-test",
    backoff: { baseMs: 10, maxMs: 80 },
  });
  const a = await createUser(t.db, { role: "ADMIN" });
  admin = await signIn(t.app, a.username, a.password);
});
afterAll(() => t.close());
beforeEach(() => {
  sent.length = 0;
  gateway = () => {};
});

const queue = (draft: NotificationDraft) => runUnitOfWork(t.db, (work) => enqueueNotification(work, draft));
const row = (id: string) => t.db.notification.findUniqueOrThrow({ where: { id } });
const callsFor = (id: string) => sent.filter((m) => m.notificationId === id);

/** Runs the relay until `done` holds (failed batches come back after their backoff). */
async function drainUntil(done: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await relay.drainOnce();
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function newSeekerDraft(text = "【协作】测试消息"): Promise<{ draft: NotificationDraft; phone: string }> {
  const seeker = await createSeeker(t.db, t.fieldCrypto);
  return { draft: { kind: "INTENT_STATUS", seekerId: seeker.id, phoneMasked: seeker.phoneMasked, text }, phone: seeker.phone };
}

describe("notification.send", () => {
  it("retries a failing gateway with backoff and sends exactly once when it recovers", async () => {
    gateway = (_message, call) => {
      if (call <= 2) throw new Error("gateway timeout");
    };
    const { draft, phone } = await newSeekerDraft();
    const { id } = await queue(draft);
    expect(await row(id)).toMatchObject({ status: "PENDING", attempts: 0 });

    await drainUntil(async () => (await row(id)).status === "SENT", "the notification to be sent");
    const done = await row(id);
    expect(done).toMatchObject({ status: "SENT", attempts: 3, provider: "flaky-sms", providerMessageId: `gw-${id}`, lastError: null });
    expect(done.sentAt).not.toBeNull();
    // The gateway got the real number, decrypted only for the call.
    expect(callsFor(id)).toHaveLength(3);
    expect(callsFor(id).every((m) => m.to === phone && m.text === draft.text && m.kind === "INTENT_STATUS")).toBe(true);

    // The event is processed: nothing is claimed again, and a replayed batch sends nothing.
    expect((await relay.drainOnce()).claimed).toBe(0);
    await t.notificationHandlers[NOTIFICATION_SEND]!({ topic: NOTIFICATION_SEND, aggregateIds: [id], events: [] });
    expect(callsFor(id)).toHaveLength(3);
    expect(await t.db.notification.count({ where: { id, status: "SENT" } })).toBe(1);
  });

  it("does not send again what already went out when a batch is retried for another message", async () => {
    const good = await newSeekerDraft("【协作】第一条");
    const bad = await newSeekerDraft("【协作】第二条");
    // One transaction: both events land in the same claimed batch.
    const [first, second] = await runUnitOfWork(t.db, async (work) => [
      await enqueueNotification(work, good.draft),
      await enqueueNotification(work, bad.draft),
    ]);
    gateway = (message, call) => {
      if (message.notificationId === second!.id && call <= 2) throw new Error("rejected");
    };
    await drainUntil(async () => (await row(second!.id)).status === "SENT", "the second message");
    expect(callsFor(first!.id)).toHaveLength(1);
    expect(callsFor(second!.id)).toHaveLength(3);
    expect(await row(first!.id)).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("gives up after the maximum attempts: FAILED, no more sends, the number never in lastError", async () => {
    gateway = (message) => {
      throw new Error(`number ${message.to} is unreachable`);
    };
    const { draft, phone } = await newSeekerDraft();
    const { id } = await queue(draft);
    await drainUntil(async () => (await row(id)).status === "FAILED", "the notification to fail");
    const failed = await row(id);
    expect(failed).toMatchObject({ status: "FAILED", attempts: MAX_NOTIFICATION_ATTEMPTS, sentAt: null });
    expect(failed.lastError).toContain("unreachable");
    expect(failed.lastError).not.toContain(phone);
    expect(callsFor(id)).toHaveLength(MAX_NOTIFICATION_ATTEMPTS);
    // The give-up is final: the outbox event is done and nothing is sent again.
    expect(await t.db.outboxEvent.count({ where: { topic: NOTIFICATION_SEND, aggregateId: id, processedAt: null } })).toBe(0);
    await relay.drainOnce();
    expect(callsFor(id)).toHaveLength(MAX_NOTIFICATION_ATTEMPTS);
    expect(t.logs.join("")).not.toContain(phone);
  });

  it("sends a verification code to the phone of the pre-registration", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const random = createSeededRandom(crypto.randomInt(2 ** 31));
    const phone = generatePhone(random);
    const identity = sealIdentity(t.fieldCrypto, {
      idNumber: generateIdNumber({ regionCode: "433126", birthDate: "1988-03-14", gender: "MALE" }, random),
      phone,
    });
    const registration = await t.db.registration.create({
      data: {
        fairId: fair.id,
        name: "向明",
        ...identity,
        consentAt: new Date(),
        codeHash: "not-used-here",
        codeExpiresAt: new Date(Date.now() + 600_000),
      },
    });
    const text = verificationCodeText({ code: "482913", fairTitle: fair.title });
    const { id } = await queue({ kind: "VERIFICATION_CODE", registrationId: registration.id, phoneMasked: identity.phoneMasked, text });
    await drainUntil(async () => (await row(id)).status === "SENT", "the code to be sent");
    expect(callsFor(id)).toEqual([{ notificationId: id, kind: "VERIFICATION_CODE", to: phone, text }]);

    // A real provider delivers codes to phones: the outbox page must not show them.
    const res = await request(t.app).get("/api/notifications/outbox?kind=VERIFICATION_CODE").set("Cookie", admin);
    expect(res.status).toBe(200);
    expect(res.body.provider).toBe("flaky-sms");
    const listed = res.body.notifications.find((n: { id: string }) => n.id === id);
    expect(listed.text).toContain("验证码 ******");
    expect(listed.text).toContain(fair.title);
    expect(JSON.stringify(res.body)).not.toContain("482913");
    expect(JSON.stringify(res.body)).not.toContain(phone);
  });

  it("gives up at once, without calling the gateway, when the recipient no longer exists", async () => {
    const { id } = await queue({
      kind: "FOLLOWUP_REMINDER",
      seekerId: crypto.randomUUID(),
      phoneMasked: "138****0000",
      text: "【协作】提醒",
    });
    await drainUntil(async () => (await row(id)).status !== "PENDING", "the notification to be settled");
    expect(await row(id)).toMatchObject({ status: "FAILED", lastError: "收件人手机号不可用" });
    expect(callsFor(id)).toHaveLength(0);
  });
});
