// The /live transport's guards: the handshake checks Origin before anything else and the
// session cookie in the namespace; a client flooding events gets RATE_LIMITED acks and,
// if it keeps on, is disconnected.
import type http from "node:http";
import type { FairJoinAck } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFair, createUser } from "../testing/factories.ts";
import { connected, type LiveClient, type LiveTestServer, startLiveTestServer } from "../testing/live-test-server.ts";
import { signIn } from "../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { waitFor } from "../testing/wait-for.ts";
import type { RealtimeHandle } from "./live-server.ts";

// maxStrikes leaves room for the wait below, which asks every 25 ms until a token is back:
// at most 5 refusals from the burst and 20 in the half second one token takes.
const BUDGET = { capacity: 10, refillPerSecond: 2, maxStrikes: 50 };
let t: TestApp;
let live: LiveTestServer;
let server: http.Server;
let realtime: RealtimeHandle;
let baseUrl: string;
let staff: string;
let fairId: string;

beforeAll(async () => {
  t = await createTestApp();
  live = await startLiveTestServer(t, { eventBudget: BUDGET });
  ({ server, realtime, baseUrl } = live);
  const s = await createUser(t.db, { role: "STAFF" });
  staff = await signIn(t.app, s.username, s.password);
  fairId = (await createFair(t.db, { status: "OPEN" })).id;
});
afterAll(async () => {
  await live.close();
  await t.close();
});

const open = (headers: Record<string, string>) => connected(live.open(headers));

const handshake = (headers: Record<string, string>) => {
  let req = request(server).get("/socket.io/").query({ EIO: "4", transport: "polling" });
  for (const [key, value] of Object.entries(headers)) req = req.set(key, value);
  return req;
};

describe("handshake", () => {
  it("answers 403 to a foreign or opaque Origin before any session work, and opens for our own origin", async () => {
    for (const origin of ["https://evil.example", "null", `http://127.0.0.1:1`]) {
      const res = await handshake({ Cookie: staff, Origin: origin });
      expect(res.status, origin).toBe(403);
    }
    expect((await handshake({ Cookie: staff, Origin: baseUrl })).status).toBe(200);
  });

  it("refuses socket.io-client from a foreign Origin even with a valid session, and without a session from our origin", async () => {
    const foreign = await open({ Cookie: staff, Origin: "https://evil.example" }).then(
      () => "connected",
      (error: Error) => error.message,
    );
    expect(foreign).not.toBe("connected");
    const anonymous = await open({ Origin: baseUrl }).then(
      () => "connected",
      (error: { data?: { code?: string } }) => error.data?.code,
    );
    expect(anonymous).toBe("UNAUTHENTICATED");
    expect(realtime.io.of("/live").sockets.size).toBe(0);
    const ok = await open({ Cookie: staff, Origin: baseUrl });
    expect(ok.connected).toBe(true);
    ok.disconnect();
  });
});

describe("event rate limit (per connection)", () => {
  const join = (client: LiveClient) => new Promise<FairJoinAck>((resolve) => client.emit("fair:join", { fairId }, resolve));

  it("answers RATE_LIMITED beyond the burst, and serves the client again once tokens return", async () => {
    const client = await open({ Cookie: staff });
    const acks = await Promise.all(Array.from({ length: BUDGET.capacity + 5 }, () => join(client)));
    const ok = acks.filter((a) => a.ok).length;
    const limited = acks.filter((a) => !a.ok && a.error.code === "RATE_LIMITED").length;
    expect(ok).toBeGreaterThanOrEqual(BUDGET.capacity);
    expect(ok + limited).toBe(acks.length);
    expect(limited).toBeGreaterThanOrEqual(3);
    expect(
      await waitFor(
        () => join(client),
        (ack) => ack.ok,
        "a token to come back",
      ),
    ).toEqual({ ok: true });
    expect(client.connected).toBe(true);
    client.disconnect();
  });

  it("disconnects a client that keeps flooding", async () => {
    const client = await open({ Cookie: staff });
    const acks: FairJoinAck[] = [];
    const gone = new Promise<string>((resolve) => client.once("disconnect", (reason) => resolve(reason)));
    for (let i = 0; i < 100; i++) client.emit("fair:join", { fairId }, (ack) => acks.push(ack));
    expect(await gone).toBe("io server disconnect");
    expect(acks.filter((a) => a.ok).length).toBeLessThanOrEqual(BUDGET.capacity + 1);
    expect(acks.filter((a) => !a.ok && a.error.code === "RATE_LIMITED").length).toBeGreaterThanOrEqual(BUDGET.maxStrikes - 1);
    // Another connection of the same session has its own budget (a socket lives in one process).
    const fresh = await open({ Cookie: staff });
    expect(await join(fresh)).toEqual({ ok: true });
  });
});
