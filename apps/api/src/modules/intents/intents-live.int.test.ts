// An intent recorded through the API reaches the fair's live screens as intent:created,
// with the fair's distinct seekers and no personal data.
import type { FairJoinAck, IntentCreatedEvent } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createEmployer, createFair, createPosition, createSeeker, createUser, joinFair } from "../../testing/factories.ts";
import { connected, type LiveClient, type LiveTestServer, startLiveTestServer } from "../../testing/live-test-server.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let live: LiveTestServer;
let client: LiveClient;
let staff: string;

beforeAll(async () => {
  t = await createTestApp();
  live = await startLiveTestServer(t);
  const s = await createUser(t.db, { role: "STAFF" });
  staff = await signIn(t.app, s.username, s.password);
  client = await connected(live.open({ Cookie: staff }));
});
afterAll(async () => {
  await live?.close();
  await t?.close();
});

it("announces each new intent at a fair once, never a duplicate, with no names or numbers", async () => {
  const employer = await createEmployer(t.db);
  const fair = await createFair(t.db, { status: "OPEN" });
  await joinFair(t.db, fair.id, employer.id);
  const position = await createPosition(t.db, employer.id, { fairIds: [fair.id] });
  const seekers = await Promise.all([
    createSeeker(t.db, t.fieldCrypto),
    createSeeker(t.db, t.fieldCrypto),
    createSeeker(t.db, t.fieldCrypto),
  ]);
  const ack = await new Promise<FairJoinAck>((resolve) => client.emit("fair:join", { fairId: fair.id }, resolve));
  expect(ack).toEqual({ ok: true });

  const received: IntentCreatedEvent[] = [];
  client.on("intent:created", (event) => received.push(event));
  const record = async (seekerId: string) =>
    (await request(t.app).post("/api/intents").set("Cookie", staff).send({ seekerId, positionId: position.id, fairId: fair.id })).body;
  const first = await record(seekers[0]!.id);
  const second = await record(seekers[1]!.id);
  expect((await record(seekers[0]!.id)).duplicate).toBe(true);
  // Events reach one socket in order: had the repeat been announced, it would come before this one.
  const third = await record(seekers[2]!.id);

  await expect.poll(() => received.length).toBe(3);
  expect(received.map((e) => [e.intentId, e.seekersWithIntent])).toEqual([
    [first.intent.id, 1],
    [second.intent.id, 2],
    [third.intent.id, 3],
  ]);
  expect(received[0]).toMatchObject({ fairId: fair.id, positionId: position.id });
  const text = JSON.stringify(received);
  for (const seeker of seekers)
    for (const secret of [seeker.name, seeker.idNumber, seeker.phone, seeker.idNumberMasked]) expect(text).not.toContain(secret);
});
