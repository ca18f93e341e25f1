// Planning a transfer: who names the organisation, who may be listed (the organisation's
// jurisdiction, one by one or in bulk from the hired people), and the employer's part.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createPosition, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { call, createTransferWorld, planTransfer, type TransferWorld } from "./testing/transfer-world.ts";

let t: TestApp;
let world: TransferWorld;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTransferWorld(t);
});
afterAll(() => t.close());

const plan = { title: "古丈—济南 第二批", departsAt: "2026-04-01T07:30:00+08:00", transport: "TRAIN", destinationRegionCode: "370100" };

describe("POST /api/transfers", () => {
  it("plans for the caller's bureau; a platform account must name the bureau", async () => {
    const own = await call(t, world.cookies.guzhang, "post", "/transfers", plan);
    expect(own.status, own.text).toBe(201);
    expect(own.body.transfer).toMatchObject({ status: "PLANNED", organisationId: world.organisations.guzhang.id, members: [] });
    expect(own.body.transfer.counts).toEqual({ listed: 0, boarded: 0, arrived: 0, noShow: 0, exceptions: 0 });

    const unnamed = await call(t, world.cookies.platform, "post", "/transfers", plan);
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.issues[0].path).toEqual(["body", "organisationId"]);
    const named = await call(t, world.cookies.platform, "post", "/transfers", { ...plan, organisationId: world.organisations.guzhang.id });
    expect(named.status).toBe(201);
    expect(named.body.transfer.organisationId).toBe(world.organisations.guzhang.id);
    const unknown = await call(t, world.cookies.platform, "post", "/transfers", { ...plan, organisationId: crypto.randomUUID() });
    expect(unknown.status).toBe(404);
    const foreign = await call(t, world.cookies.guzhang, "post", "/transfers", { ...plan, organisationId: world.organisations.jinan.id });
    expect(foreign.status).toBe(400);
    expect((await call(t, world.cookies.guzhang, "post", "/transfers", { ...plan, employerId: crypto.randomUUID() })).status).toBe(404);
  });
});

describe("members", () => {
  it("lists a person once (201, then 200 duplicate); one outside the jurisdiction is 404 and nothing is written", async () => {
    const id = await planTransfer(t, world, []);
    const [a] = world.villagers;
    const first = await call(t, world.cookies.guzhang, "post", `/transfers/${id}/members`, { seekerId: a!.id });
    expect(first.status, first.text).toBe(201);
    expect(first.body).toEqual({ member: { seekerId: a!.id, state: "LISTED" }, duplicate: false });
    const again = await call(t, world.cookies.guzhang, "post", `/transfers/${id}/members`, { seekerId: a!.id });
    expect(again.status).toBe(200);
    expect(again.body.duplicate).toBe(true);
    const outside = await call(t, world.cookies.platform, "post", `/transfers/${id}/members`, { seekerId: world.elsewhere.id });
    expect(outside.status).toBe(404);
    const bulkOutside = await call(t, world.cookies.guzhang, "post", `/transfers/${id}/members/bulk`, {
      seekerIds: [world.villagers[1]!.id, world.elsewhere.id],
    });
    expect(bulkOutside.status).toBe(404);
    expect(await t.db.transferMember.count({ where: { transferId: id } })).toBe(1);
  });

  it("adds in bulk, counting duplicates; refuses more than 500 and any listing after departure", async () => {
    const id = await planTransfer(t, world, []);
    const [a, b, c] = world.villagers;
    const bulk = await call(t, world.cookies.guzhang, "post", `/transfers/${id}/members/bulk`, { seekerIds: [a!.id, b!.id, a!.id] });
    expect(bulk.body).toEqual({ added: 2, duplicates: 1 });
    const again = await call(t, world.cookies.guzhang, "post", `/transfers/${id}/members/bulk`, { seekerIds: [a!.id, c!.id] });
    expect(again.body).toEqual({ added: 1, duplicates: 1 });
    const tooMany = Array.from({ length: 501 }, () => crypto.randomUUID());
    expect((await call(t, world.cookies.guzhang, "post", `/transfers/${id}/members/bulk`, { seekerIds: tooMany })).status).toBe(400);

    expect((await call(t, world.cookies.guzhang, "post", `/transfers/${id}/depart`)).status).toBe(200);
    const late = await call(t, world.cookies.guzhang, "post", `/transfers/${id}/members`, { seekerId: world.villagers[3]!.id });
    expect(late.status).toBe(409);
    const listedBefore = await call(t, world.cookies.guzhang, "post", `/transfers/${id}/members`, { seekerId: b!.id });
    expect(listedBefore.body).toEqual({ member: { seekerId: b!.id, state: "NO_SHOW" }, duplicate: true });
  });

  it("offers the hired people of the jurisdiction not yet listed (从已录用名单添加)", async () => {
    const employer = await createEmployer(t.db, { regionCode: "370102" });
    const position = await createPosition(t.db, employer.id);
    const [a, b, c] = world.villagers;
    await t.db.intent.create({ data: { seekerId: a!.id, positionId: position.id, status: "HIRED" } });
    await t.db.intent.create({ data: { seekerId: c!.id, positionId: position.id, status: "INTERVIEWED" } });
    for (const seeker of [b!, world.elsewhere]) {
      await t.db.placement.create({
        data: {
          seekerId: seeker.id,
          employerId: employer.id,
          startedOn: new Date("2026-03-01T00:00:00Z"),
          monthlyWage: 5200,
          workCity: "济南",
          workRegionCode: "370102",
          channel: "LABOUR_COOPERATION",
        },
      });
    }
    const id = await planTransfer(t, world, [a!]);
    const res = await call(t, world.cookies.guzhang, "get", `/transfers/${id}/candidates`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.candidates.map((s: { id: string }) => s.id)).toEqual([b!.id]);
    expect(res.body.candidates[0]).toMatchObject({ township: "默戎镇", village: "牙龙村" });
    expect(res.text).not.toContain(b!.idNumber);
    expect((await call(t, world.cookies.jinan, "get", `/transfers/${id}/candidates`)).status).toBe(404);
  });
});

describe("the transfer's employer", () => {
  it("reads its transfers and confirms arrivals; another employer finds nothing", async () => {
    const employer = await createEmployer(t.db, { regionCode: "370102" });
    const stranger = await createEmployer(t.db);
    const cookieOf = async (employerId: string) => {
      const user = await createUser(t.db, { role: "EMPLOYER", employerId });
      return signIn(t.app, user.username, user.password);
    };
    const [recruiter, other] = [await cookieOf(employer.id), await cookieOf(stranger.id)];
    const [a] = world.villagers;
    const id = await planTransfer(t, world, [a!], employer.id);
    await call(t, world.cookies.guzhang, "post", `/transfers/${id}/boardings`, { seekerId: a!.id, clientRequestId: "employer-0001" });
    await call(t, world.cookies.guzhang, "post", `/transfers/${id}/depart`);

    const read = await call(t, recruiter, "get", `/transfers/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.transfer.employerName).toBe(employer.name);
    expect((await call(t, other, "get", `/transfers/${id}`)).status).toBe(404);
    expect((await call(t, other, "post", `/transfers/${id}/arrivals`, { seekerId: a!.id })).status).toBe(404);
    expect(
      (await call(t, recruiter, "post", `/transfers/${id}/boardings`, { seekerId: a!.id, clientRequestId: "employer-0002" })).status,
    ).toBe(403);
    const arrived = await call(t, recruiter, "post", `/transfers/${id}/arrivals`, { seekerId: a!.id });
    expect(arrived.body).toEqual({ member: { seekerId: a!.id, state: "ARRIVED" }, duplicate: false });
  });
});

describe("GET /api/transfers", () => {
  it("lists what each side may see, filtered by status, with counts", async () => {
    const id = await planTransfer(t, world, world.villagers.slice(0, 2));
    const planned = await call(t, world.cookies.jinan, "get", "/transfers?status=PLANNED&limit=200");
    const row = planned.body.transfers.find((x: { id: string }) => x.id === id);
    expect(row.counts).toEqual({ listed: 2, boarded: 0, arrived: 0, noShow: 0, exceptions: 0 });
    const departed = await call(t, world.cookies.guzhang, "get", "/transfers?status=DEPARTED&limit=200");
    expect(departed.body.transfers.every((x: { status: string }) => x.status === "DEPARTED")).toBe(true);
    expect((await call(t, world.cookies.fenghuang, "get", "/transfers")).body).toEqual({ transfers: [], total: 0 });
  });
});
