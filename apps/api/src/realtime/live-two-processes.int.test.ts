// Two real API processes on one database: a check-in (or a boarding) posted to one reaches a
// screen connected to the other, through the PostgreSQL adapter (no shared memory anywhere).
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import type {
  CheckInCreatedEvent,
  FairJoinAck,
  LiveClientToServerEvents,
  LiveServerToClientEvents,
  TransferCountsEvent,
} from "@xiezuo/contracts";
import { io as connect, type Socket } from "socket.io-client";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../env.ts";
import { createFieldCrypto, generateMasterKey } from "../lib/field-crypto.ts";
import { addMemberRows, createTransferRow } from "../modules/transfers/testing/transfer-rows.ts";
import { createFair, createOrganisation, createSeeker, createUser } from "../testing/factories.ts";
import { signIn } from "../testing/sign-in.ts";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.ts";
import { waitFor } from "../testing/wait-for.ts";

type LiveClient = Socket<LiveServerToClientEvents, LiveClientToServerEvents>;

const masterKey = generateMasterKey();
const fieldCrypto = createFieldCrypto(masterKey);
let database: TestDatabase;
const children: ChildProcess[] = [];
const clients: LiveClient[] = [];

function startApiProcess(): Promise<string> {
  const child = spawn(path.join(PROJECT_ROOT, "node_modules/.bin/tsx"), [path.join(PROJECT_ROOT, "tests/support/live-api-process.ts")], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      DATA_ENCRYPTION_KEY: masterKey,
      MEILI_URL: inject("meiliUrl"),
      MEILI_MASTER_KEY: inject("meiliKey"),
      TMPDIR: path.join(PROJECT_ROOT, ".tmp"),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(`http://127.0.0.1:${JSON.parse(line).port}`);
    });
    child.once("exit", (code) => reject(new Error(`API process exited with ${code}`)));
  });
}

/** Until each adapter has heard the other, a broadcast could go unheard. */
async function waitForPeers(urls: string[]): Promise<void> {
  for (const url of urls) {
    const servers = async () => (await request(url).get("/__test/live-servers")).body.servers as number;
    await waitFor(servers, (n) => n >= urls.length, "the API processes to see each other", 20_000, { intervalMs: 200 });
  }
}

async function watch(url: string, cookie: string, room: { fairId: string } | { transferId: string }): Promise<LiveClient> {
  const client: LiveClient = connect(`${url}/live`, {
    transports: ["websocket"],
    extraHeaders: { Cookie: cookie },
    reconnection: false,
    forceNew: true,
  });
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.once("connect", () => resolve());
    client.once("connect_error", reject);
  });
  const ack = await new Promise<FairJoinAck>((resolve) =>
    "fairId" in room ? client.emit("fair:join", room, resolve) : client.emit("transfer:join", room, resolve),
  );
  expect(ack).toEqual({ ok: true });
  return client;
}

let a: string;
let b: string;
beforeAll(async () => {
  database = await createTestDatabase();
  [a, b] = await Promise.all([startApiProcess(), startApiProcess()]);
  await waitForPeers([a, b]);
});
afterAll(async () => {
  for (const c of clients) c.disconnect();
  await Promise.all(
    children.map((child) => {
      if (child.exitCode !== null) return null;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      return exited;
    }),
  );
  await database.drop();
});

describe("live events across two API processes", () => {
  it("delivers a check-in posted to process A to a dashboard on process B, and the other way round", async () => {
    const staff = await createUser(database.db, { role: "STAFF" });
    const fair = await createFair(database.db, { status: "OPEN" });
    const [first, second] = [await createSeeker(database.db, fieldCrypto), await createSeeker(database.db, fieldCrypto)];
    // The session lives in PostgreSQL: a cookie from A is valid on B.
    const cookie = await signIn(a, staff.username, staff.password);
    const onB = await watch(b, cookie, { fairId: fair.id });
    const onA = await watch(a, cookie, { fairId: fair.id });
    // Every client sees every event of the room, in whatever order the network delivers
    // them, possibly before the HTTP answer: record from the start, then look up.
    const record = (client: LiveClient) => {
      const events: CheckInCreatedEvent[] = [];
      const waiters: (() => void)[] = [];
      client.on("checkin:created", (event) => {
        events.push(event);
        for (const wake of waiters.splice(0)) wake();
      });
      return async function heard(checkInId: string): Promise<CheckInCreatedEvent> {
        for (;;) {
          const found = events.find((e) => e.checkInIds.includes(checkInId));
          if (found) return found;
          await new Promise<void>((resolve) => waiters.push(resolve));
        }
      };
    };
    const heardOnB = record(onB);
    const heardOnA = record(onA);

    const viaA = await request(a)
      .post(`/api/fairs/${fair.id}/checkins`)
      .set("Cookie", cookie)
      .send({ seekerId: first.id, clientRequestId: "two-proc-0001" });
    expect(viaA.status).toBe(201);
    const id1 = viaA.body.checkIn.id;
    expect(await heardOnB(id1)).toEqual({
      fairId: fair.id,
      checkInId: id1,
      at: viaA.body.checkIn.at,
      checkIns: 1,
      arrivals: 1,
      checkInIds: [id1],
    });

    const viaB = await request(b)
      .post(`/api/fairs/${fair.id}/checkins`)
      .set("Cookie", cookie)
      .send({ seekerId: second.id, clientRequestId: "two-proc-0002" });
    expect(viaB.status).toBe(201);
    const id2 = viaB.body.checkIn.id;
    expect(await heardOnA(id2)).toEqual({
      fairId: fair.id,
      checkInId: id2,
      at: viaB.body.checkIn.at,
      checkIns: 2,
      arrivals: 1,
      checkInIds: [id2],
    });

    // The same request replayed against the other process is still one check-in.
    const replay = await request(b)
      .post(`/api/fairs/${fair.id}/checkins`)
      .set("Cookie", cookie)
      .send({ seekerId: first.id, clientRequestId: "two-proc-0001" });
    expect(replay.status).toBe(200);
    expect(replay.body.checkIn.id).toBe(viaA.body.checkIn.id);
  });

  it("delivers transfer:counts of a boarding posted to process A to a screen on process B", async () => {
    const organisation = await createOrganisation(database.db, "433126");
    const staff = await createUser(database.db, { role: "STAFF", organisationId: organisation.id });
    const seeker = await createSeeker(database.db, fieldCrypto);
    const transfer = await createTransferRow(database.db, { organisationId: organisation.id });
    await addMemberRows(database.db, transfer.id, [seeker.id]);
    const cookie = await signIn(a, staff.username, staff.password);
    const onB = await watch(b, cookie, { transferId: transfer.id });
    const heard = new Promise<TransferCountsEvent>((resolve) => onB.once("transfer:counts", resolve));

    const viaA = await request(a)
      .post(`/api/transfers/${transfer.id}/boardings`)
      .set("Cookie", cookie)
      .send({ seekerId: seeker.id, clientRequestId: "two-proc-board-1" });
    expect(viaA.status, viaA.text).toBe(201);
    expect(await heard).toEqual({
      transferId: transfer.id,
      counts: { listed: 0, boarded: 1, arrived: 0, noShow: 0, exceptions: 0 },
      at: expect.any(String),
    });
  });
});
