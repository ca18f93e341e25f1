// An employer's answer reaches the job seeker: PATCH /api/intents/:id queues one message in the
// status update's transaction and sends intent:updated to that seeker's own sockets only.
import crypto from "node:crypto";
import type { FairJoinAck, IntentUpdatedEvent } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createFair, createPosition, createSeeker, createUser, joinFair } from "../../testing/factories.ts";
import { connected, type LiveClient, type LiveTestServer, startLiveTestServer } from "../../testing/live-test-server.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { createSessionToken, SESSION_COOKIE, sessionIdFromToken } from "../auth/session-token.ts";
import { NOTIFICATION_SEND } from "./index.ts";

let t: TestApp;
let live: LiveTestServer;
let staff: string;
let fairId: string;
let positionId: string;

beforeAll(async () => {
  t = await createTestApp();
  live = await startLiveTestServer(t);
  const employer = await createEmployer(t.db, { name: "济南重汽" });
  fairId = (await createFair(t.db, { status: "OPEN" })).id;
  await joinFair(t.db, fairId, employer.id);
  positionId = (await createPosition(t.db, employer.id, { title: "焊工", fairIds: [fairId] })).id;
  const s = await createUser(t.db, { role: "STAFF" });
  staff = await signIn(t.app, s.username, s.password);
});
afterAll(async () => {
  await live?.close();
  await t?.close();
});

/**
 * A job seeker with a SEEKER account and a session, as a verified pre-registration leaves
 * them (seekers never sign in with a password): the session row is written directly.
 */
async function signedInSeeker() {
  const seeker = await createSeeker(t.db, t.fieldCrypto);
  const user = await t.db.user.create({
    data: { username: `seeker-${seeker.id}`, passwordHash: "!unusable", role: "SEEKER", seekerId: seeker.id, displayName: seeker.name },
  });
  const token = createSessionToken();
  await t.db.session.create({ data: { id: sessionIdFromToken(token), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  return { seeker, cookie: `${SESSION_COOKIE}=${token}` };
}

async function openSocket(cookie: string): Promise<{ client: LiveClient; received: IntentUpdatedEvent[] }> {
  const client = live.open({ Cookie: cookie });
  const received: IntentUpdatedEvent[] = [];
  client.on("intent:updated", (event) => received.push(event));
  await connected(client);
  return { client, received };
}

async function recordIntent(seekerId: string): Promise<string> {
  const res = await request(t.app).post("/api/intents").set("Cookie", staff).send({ seekerId, positionId, fairId });
  expect(res.status).toBe(201);
  return res.body.intent.id;
}

const patch = (id: string, status: string) => request(t.app).patch(`/api/intents/${id}`).set("Cookie", staff).send({ status });
const messagesTo = (seekerId: string) =>
  t.db.notification.findMany({ where: { seekerId, kind: "INTENT_STATUS" }, orderBy: { createdAt: "asc" } });

describe("an intent status change", () => {
  it("queues one 已录用 message and tells only that seeker's sockets", async () => {
    const mine = await signedInSeeker();
    const other = await signedInSeeker();
    const myPhone = await openSocket(mine.cookie);
    const otherPhone = await openSocket(other.cookie);
    const intentId = await recordIntent(mine.seeker.id);
    const otherIntentId = await recordIntent(other.seeker.id);

    const res = await patch(intentId, "HIRED");
    expect(res.status).toBe(200);
    const messages = await messagesTo(mine.seeker.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ status: "PENDING", phoneMasked: mine.seeker.phoneMasked });
    expect(messages[0]!.text).toContain("已录用");
    expect(messages[0]!.text).toContain("济南重汽「焊工」");
    expect(await t.db.outboxEvent.count({ where: { topic: NOTIFICATION_SEND, aggregateId: messages[0]!.id } })).toBe(1);

    await expect.poll(() => myPhone.received.length).toBe(1);
    expect(myPhone.received[0]).toEqual({ intentId, positionId, status: "HIRED", at: res.body.intent.updatedAt });

    // The other seeker's socket hears its own change next: had it received the first one, it would come first.
    await patch(otherIntentId, "INTERVIEWED");
    await expect.poll(() => otherPhone.received.length).toBe(1);
    expect(otherPhone.received[0]).toMatchObject({ intentId: otherIntentId, status: "INTERVIEWED" });
    expect(myPhone.received).toHaveLength(1);
    const words = (await messagesTo(other.seeker.id)).map((m) => m.text);
    expect(words).toHaveLength(1);
    expect(words[0]).toContain("已面试");
  });

  it("sends nothing for a repeated status, and no message (only the live update) for a withdrawal", async () => {
    const me = await signedInSeeker();
    const phone = await openSocket(me.cookie);
    const intentId = await recordIntent(me.seeker.id);
    expect((await patch(intentId, "OFFERED")).status).toBe(200);
    expect((await patch(intentId, "OFFERED")).status).toBe(200);
    expect(await messagesTo(me.seeker.id)).toHaveLength(1);
    expect((await patch(intentId, "WITHDRAWN")).status).toBe(200);
    await expect.poll(() => phone.received.map((e) => e.status)).toEqual(["OFFERED", "WITHDRAWN"]);
    expect(await messagesTo(me.seeker.id)).toHaveLength(1);

    // A refused move changes nothing and says nothing.
    expect((await patch(intentId, "HIRED")).status).toBe(409);
    expect(await messagesTo(me.seeker.id)).toHaveLength(1);
  });

  it("tells the seeker 已录用 when recording a placement moves the open intent to HIRED", async () => {
    const me = await signedInSeeker();
    const phone = await openSocket(me.cookie);
    const intentId = await recordIntent(me.seeker.id);
    const employerId = (await t.db.position.findUniqueOrThrow({ where: { id: positionId } })).employerId;
    const placed = await request(t.app).post("/api/placements").set("Cookie", staff).send({
      seekerId: me.seeker.id,
      employerId,
      positionId,
      startedOn: "2026-05-21",
      monthlyWage: 6000,
      workCity: "济南",
      channel: "FAIR",
    });
    expect(placed.status).toBe(201);
    expect((await t.db.intent.findUniqueOrThrow({ where: { id: intentId } })).status).toBe("HIRED");
    const messages = await messagesTo(me.seeker.id);
    expect(messages.map((m) => m.text)).toEqual([expect.stringContaining("已录用")]);
    await expect.poll(() => phone.received).toEqual([expect.objectContaining({ intentId, positionId, status: "HIRED" })]);
  });

  it("keeps a seeker's socket out of fair rooms", async () => {
    const me = await signedInSeeker();
    const { client } = await openSocket(me.cookie);
    const ack = await new Promise<FairJoinAck>((resolve) => client.emit("fair:join", { fairId }, resolve));
    expect(ack).toEqual({ ok: false, error: { code: "FORBIDDEN" } });
    const unknown = await new Promise<FairJoinAck>((resolve) => client.emit("fair:join", { fairId: crypto.randomUUID() }, resolve));
    expect(unknown).toEqual({ ok: false, error: { code: "FORBIDDEN" } });
  });
});
