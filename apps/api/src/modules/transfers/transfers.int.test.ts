// The scripted transfer of the issue: Guzhang lists five villagers for a bus to Jinan; four
// board (with replays and a burst of desks scanning at once), the fifth never comes; the bus
// leaves; Jinan and Guzhang confirm three arrivals, one left on the way. Counts are exact at
// every step, the manifest is masked, and Fenghuang sees none of it.
import { createSeededRandom, generateIdNumber, TransferCountsEventSchema } from "@xiezuo/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBadgeTokens } from "../../lib/badge-token.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { waitFor } from "../../testing/wait-for.ts";
import { call, createTransferWorld, planTransfer, type TransferWorld } from "./testing/transfer-world.ts";

let t: TestApp;
let world: TransferWorld;
let transferId: string;
const published: unknown[] = [];
const random = createSeededRandom(20260301);

beforeAll(async () => {
  t = await createTestApp();
  const original = t.liveEvents.transferCounts.bind(t.liveEvents);
  t.liveEvents.transferCounts = (event) => {
    published.push(event);
    original(event);
  };
  world = await createTransferWorld(t);
  transferId = await planTransfer(t, world, world.villagers.slice(0, 5));
});
afterAll(() => t.close());

const board = (body: Record<string, unknown>, cookie = world.cookies.guzhang) =>
  call(t, cookie, "post", `/transfers/${transferId}/boardings`, body);
const counts = async (cookie = world.cookies.guzhang) => {
  const res = await call(t, cookie, "get", `/transfers/${transferId}`);
  expect(res.status, res.text).toBe(200);
  return res.body.transfer.counts;
};
const memberRows = () => t.db.transferMember.findMany({ where: { transferId }, orderBy: { seekerId: "asc" } });

describe("an organised transfer, from the list to arrival", () => {
  it("starts PLANNED with five listed people, masked, with their township and village", async () => {
    const res = await call(t, world.cookies.guzhang, "get", `/transfers/${transferId}`);
    expect(res.body.transfer).toMatchObject({
      status: "PLANNED",
      organisationId: world.organisations.guzhang.id,
      destinationRegionCode: "370100",
      departedAt: null,
      counts: { listed: 5, boarded: 0, arrived: 0, noShow: 0, exceptions: 0 },
    });
    const [first] = res.body.transfer.members;
    expect(first.seeker).toMatchObject({ township: "默戎镇", village: "牙龙村", idNumberMasked: expect.stringContaining("*") });
    for (const v of world.villagers) expect(res.text).not.toContain(v.idNumber);
  });

  it("boards by id, ID number and badge; a replay answers 200 with nothing new", async () => {
    const [a, b, c] = world.villagers;
    const first = await board({ seekerId: a!.id, clientRequestId: "desk1-0001" });
    expect(first.status, first.text).toBe(201);
    expect(first.body).toEqual({ member: { seekerId: a!.id, state: "BOARDED" }, duplicate: false });
    const replay = await board({ seekerId: a!.id, clientRequestId: "desk1-0001" });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ member: { seekerId: a!.id, state: "BOARDED" }, duplicate: true });
    expect((await board({ idNumber: b!.idNumber, clientRequestId: "desk2-0001" })).status).toBe(201);
    const badge = createBadgeTokens(t.fieldCrypto).sign(c!.id);
    expect((await board({ badgeToken: badge, clientRequestId: "desk3-0001" })).status).toBe(201);
    expect(await counts()).toEqual({ listed: 2, boarded: 3, arrived: 0, noShow: 0, exceptions: 0 });
  });

  it("refuses a person not on the list with 409 NOT_ON_MANIFEST and writes nothing", async () => {
    const before = await memberRows();
    const stranger = world.villagers[5]!;
    for (const body of [
      { seekerId: stranger.id, clientRequestId: "desk1-0099" },
      { idNumber: stranger.idNumber, clientRequestId: "desk1-0098" },
      { idNumber: world.elsewhere.idNumber, clientRequestId: "desk1-0097" },
      {
        idNumber: generateIdNumber({ regionCode: "433126", birthDate: "1990-01-01", gender: "MALE" }, random),
        clientRequestId: "desk1-0096",
      },
    ]) {
      const res = await board(body);
      expect(res.status, res.text).toBe(409);
      expect(res.body.error.code).toBe("NOT_ON_MANIFEST");
    }
    expect(await memberRows()).toEqual(before);
  });

  it("boards exactly four under a burst of desks (distinct and repeated request ids at once)", async () => {
    const [a, b, c, d] = world.villagers;
    const scans = [
      ...Array.from({ length: 12 }, (_, i) => ({ seekerId: d!.id, clientRequestId: `burst-d-${i}` })),
      ...Array.from({ length: 6 }, () => ({ seekerId: d!.id, clientRequestId: "burst-d-0" })),
      ...Array.from({ length: 6 }, () => ({ seekerId: a!.id, clientRequestId: "desk1-0001" })),
      ...[b, c].map((p, i) => ({ seekerId: p!.id, clientRequestId: `burst-again-${i}` })),
    ];
    const answers = await Promise.all(scans.map((body) => board(body)));
    expect(answers.map((r) => r.status).filter((s) => s === 201)).toEqual([201]);
    expect(answers.filter((r) => r.status === 200)).toHaveLength(scans.length - 1);
    for (const r of answers) expect(r.body.member.state).toBe("BOARDED");
    expect(await counts()).toEqual({ listed: 1, boarded: 4, arrived: 0, noShow: 0, exceptions: 0 });
    expect(await t.db.transferMember.count({ where: { transferId, state: "BOARDED" } })).toBe(4);
  });

  it("is hidden from Fenghuang; Jinan reads it but can neither list nor board", async () => {
    const [, , , , e] = world.villagers;
    const f = world.cookies.fenghuang;
    for (const res of [
      await call(t, f, "get", `/transfers/${transferId}`),
      await call(t, f, "get", `/transfers/${transferId}/manifest`),
      await board({ seekerId: e!.id, clientRequestId: "fenghuang-0001" }, f),
      await call(t, f, "post", `/transfers/${transferId}/depart`),
    ])
      expect(res.status, res.text).toBe(404);
    expect((await call(t, f, "get", "/transfers")).body.transfers).toEqual([]);

    const j = world.cookies.jinan;
    expect((await call(t, j, "get", `/transfers/${transferId}`)).status).toBe(200);
    expect((await call(t, j, "get", "/transfers")).body.transfers.map((x: { id: string }) => x.id)).toContain(transferId);
    expect((await board({ seekerId: e!.id, clientRequestId: "jinan-0001" }, j)).status).toBe(404);
    expect((await call(t, j, "post", `/transfers/${transferId}/members`, { seekerId: world.villagers[5]!.id })).status).toBe(404);
    expect((await call(t, j, "post", `/transfers/${transferId}/depart`)).status).toBe(404);
    expect(await counts()).toEqual({ listed: 1, boarded: 4, arrived: 0, noShow: 0, exceptions: 0 });
  });

  it("departs once: the one never boarded becomes NO_SHOW; later scans are refused, replays answered", async () => {
    const departed = await call(t, world.cookies.guzhang, "post", `/transfers/${transferId}/depart`);
    expect(departed.status, departed.text).toBe(200);
    expect(departed.body.transfer).toMatchObject({ status: "DEPARTED", departedAt: expect.any(String) });
    expect(departed.body.transfer.counts).toEqual({ listed: 0, boarded: 4, arrived: 0, noShow: 1, exceptions: 0 });
    const again = await call(t, world.cookies.guzhang, "post", `/transfers/${transferId}/depart`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("CONFLICT");

    const [a, , , , e] = world.villagers;
    expect((await board({ seekerId: e!.id, clientRequestId: "late-0001" })).body.error.code).toBe("CONFLICT");
    expect((await board({ seekerId: a!.id, clientRequestId: "late-0002" })).status).toBe(409);
    const replay = await board({ seekerId: a!.id, clientRequestId: "desk1-0001" });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ member: { seekerId: a!.id, state: "BOARDED" }, duplicate: true });
  });

  it("confirms three arrivals (one by Jinan) and one exception; the final counts are exact", async () => {
    const [a, b, c, d, e] = world.villagers;
    const arrive = (cookie: string, seekerId: string, arrivedOn?: string) =>
      call(t, cookie, "post", `/transfers/${transferId}/arrivals`, { seekerId, ...(arrivedOn ? { arrivedOn } : {}) });
    const byJinan = await arrive(world.cookies.jinan, a!.id);
    expect(byJinan.status, byJinan.text).toBe(200);
    expect(byJinan.body).toEqual({ member: { seekerId: a!.id, state: "ARRIVED" }, duplicate: false });
    expect((await arrive(world.cookies.guzhang, b!.id)).status).toBe(200);
    expect((await arrive(world.cookies.platform, c!.id)).status).toBe(200);
    expect((await arrive(world.cookies.jinan, a!.id)).body.duplicate).toBe(true);
    expect((await arrive(world.cookies.fenghuang, d!.id)).status).toBe(404);
    expect((await arrive(world.cookies.guzhang, e!.id)).status).toBe(409);
    expect((await arrive(world.cookies.guzhang, world.villagers[5]!.id)).body.error.code).toBe("NOT_ON_MANIFEST");
    expect((await arrive(world.cookies.guzhang, d!.id, "2099-01-01")).status).toBe(400);

    const left = await call(t, world.cookies.guzhang, "post", `/transfers/${transferId}/exceptions`, {
      seekerId: d!.id,
      reason: "LEFT_EN_ROUTE",
      note: "怀化站下车",
    });
    expect(left.status, left.text).toBe(200);
    expect(left.body).toEqual({ member: { seekerId: d!.id, state: "EXCEPTION" }, duplicate: false });

    const final = await call(t, world.cookies.jinan, "get", `/transfers/${transferId}`);
    expect(final.body.transfer.counts).toEqual({ listed: 0, boarded: 0, arrived: 3, noShow: 1, exceptions: 1 });
    const member = final.body.transfer.members.find((m: { seekerId: string }) => m.seekerId === d!.id);
    expect(member).toMatchObject({ state: "EXCEPTION", exceptionReason: "LEFT_EN_ROUTE", note: "怀化站下车" });
    expect(final.body.transfer.members.find((m: { seekerId: string }) => m.seekerId === a!.id).arrivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("announced the counts to the live room, the last event holding the final figures", async () => {
    const final = { listed: 0, boarded: 0, arrived: 3, noShow: 1, exceptions: 1 };
    const events = await waitFor(
      async () => published.map((e) => TransferCountsEventSchema.parse(e)).filter((e) => e.transferId === transferId),
      (seen) => seen.some((e) => JSON.stringify(e.counts) === JSON.stringify(final)),
      "the final counts announced",
    );
    expect(events.at(-1)!.counts).toEqual(final);
    expect(JSON.stringify(events)).not.toContain(world.villagers[0]!.name);
  });

  it("downloads the manifest: BOM, Chinese header, masked numbers only", async () => {
    const csv = await call(t, world.cookies.jinan, "get", `/transfers/${transferId}/manifest?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.text.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("姓名,性别,年龄,身份证号,手机号,乡镇,村,状态,异常原因");
    expect(lines).toHaveLength(6);
    expect(csv.text).toContain("途中离队");
    expect(csv.text).toContain("未到场");
    for (const v of world.villagers.slice(0, 5)) {
      expect(csv.text).toContain(v.idNumberMasked);
      expect(csv.text).toContain(v.phoneMasked);
      expect(csv.text).not.toContain(v.idNumber);
      expect(csv.text).not.toContain(v.phone);
    }
    const xlsx = await call(t, world.cookies.guzhang, "get", `/transfers/${transferId}/manifest?format=xlsx`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe("PK");
  });
});
