// The transfer's live room: a bureau that may read the transfer joins it and hears
// transfer:counts after a boarding made over HTTP; an unrelated bureau is refused.
import type { FairJoinAck, TransferCountsEvent } from "@xiezuo/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connected, type LiveClient, type LiveTestServer, startLiveTestServer } from "../../testing/live-test-server.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { waitFor } from "../../testing/wait-for.ts";
import { call, createTransferWorld, planTransfer, type TransferWorld } from "./testing/transfer-world.ts";

let t: TestApp;
let live: LiveTestServer;
let world: TransferWorld;

beforeAll(async () => {
  t = await createTestApp();
  live = await startLiveTestServer(t);
  world = await createTransferWorld(t);
});
afterAll(async () => {
  await live.close();
  await t.close();
});

const join = (client: LiveClient, transferId: unknown) =>
  new Promise<FairJoinAck>((resolve) => client.emit("transfer:join", { transferId } as { transferId: string }, resolve));

async function openAs(cookie: string): Promise<LiveClient> {
  return connected(live.open({ Cookie: cookie }));
}

describe("transfer:join and transfer:counts", () => {
  it("lets the exporting and destination bureaus join; refuses an unrelated bureau, an unknown transfer and a malformed request", async () => {
    const id = await planTransfer(t, world, world.villagers.slice(0, 1));
    expect(await join(await openAs(world.cookies.guzhang), id)).toEqual({ ok: true });
    expect(await join(await openAs(world.cookies.jinan), id)).toEqual({ ok: true });
    const unrelated = await openAs(world.cookies.fenghuang);
    expect(await join(unrelated, id)).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await join(unrelated, crypto.randomUUID())).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await join(unrelated, "not-a-uuid")).toEqual({ ok: false, error: { code: "VALIDATION_FAILED" } });
  });

  it("sends the counts to the room after a boarding over HTTP, to nobody else, without personal data", async () => {
    const [a, b] = world.villagers;
    const id = await planTransfer(t, world, [a!, b!]);
    const watcher = await openAs(world.cookies.jinan);
    const refused = await openAs(world.cookies.fenghuang);
    expect(await join(watcher, id)).toEqual({ ok: true });
    expect(await join(refused, id)).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    const strays: TransferCountsEvent[] = [];
    refused.on("transfer:counts", (event) => strays.push(event));
    // Listing announced counts too: record everything, then look for the figures after each step.
    const heard: TransferCountsEvent[] = [];
    watcher.on("transfer:counts", (event) => heard.push(event));
    const announced = (counts: TransferCountsEvent["counts"]) =>
      waitFor(
        async () => heard.find((e) => JSON.stringify(e.counts) === JSON.stringify(counts)),
        (event) => event !== undefined,
        `transfer:counts ${JSON.stringify(counts)}`,
      );

    const res = await call(t, world.cookies.guzhang, "post", `/transfers/${id}/boardings`, {
      seekerId: a!.id,
      clientRequestId: "live-0001",
    });
    expect(res.status, res.text).toBe(201);
    const event = await announced({ listed: 1, boarded: 1, arrived: 0, noShow: 0, exceptions: 0 });
    expect(event).toEqual({ transferId: id, counts: expect.any(Object), at: expect.any(String) });
    for (const secret of [a!.id, a!.name, a!.idNumber, a!.phone, a!.idNumberMasked]) expect(JSON.stringify(event)).not.toContain(secret);

    expect((await call(t, world.cookies.guzhang, "post", `/transfers/${id}/depart`)).status).toBe(200);
    await announced({ listed: 0, boarded: 1, arrived: 0, noShow: 1, exceptions: 0 });
    expect(strays).toEqual([]);
  });
});
