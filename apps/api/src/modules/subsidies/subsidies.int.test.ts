// The scenario of subsidies without application (免申即享): Guzhang (433126) pays a
// transport subsidy of 600 yuan out of province and 300 in province after 6 months of work in
// 2026, and an employer retention subsidy of 1000 per worker. Exact amounts, one list from two
// runs at once, withdraw/approve/pay exactly once, audit rows, a masked notice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createHousehold, createOrganisation, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { createSessionToken, SESSION_COOKIE, sessionIdFromToken } from "../auth/session-token.ts";
import { addMemberRows, createTransferRow } from "../transfers/testing/transfer-rows.ts";
import { call } from "../transfers/testing/transfer-world.ts";
import { createWorkedPlacement } from "./testing/subsidy-rows.ts";

let t: TestApp;
let admin: string;
let fenghuang: string;
let platform: string;
let prefecture: string;
const people: Record<string, Awaited<ReturnType<typeof createSeeker>>> = {};
const employers: Record<string, { id: string }> = {};
let guzhangId: string;

beforeAll(async () => {
  t = await createTestApp();
  const [guzhang, other, xiangxi] = await Promise.all([
    createOrganisation(t.db, "433126"),
    createOrganisation(t.db, "433123"),
    createOrganisation(t.db, "433100"),
  ]);
  guzhangId = guzhang.id;
  const cookie = async (role: "ADMIN" | "STAFF", organisationId?: string) => {
    const user = await createUser(t.db, { role, organisationId });
    return signIn(t.app, user.username, user.password);
  };
  admin = await cookie("ADMIN", guzhang.id);
  fenghuang = await cookie("ADMIN", other.id);
  platform = await cookie("ADMIN");
  prefecture = await cookie("ADMIN", xiangxi.id);

  const poor = await createHousehold(t.db, { povertyStatus: "REGISTERED_POOR", township: "默戎镇", village: "牙龙村" });
  const plain = await createHousehold(t.db, { povertyStatus: "NONE" });
  employers.jinan = await createEmployer(t.db, { name: "济南重工", city: "济南", regionCode: "370102" });
  employers.changsha = await createEmployer(t.db, { name: "长沙电子", city: "长沙", regionCode: "430102" });
  const seeker = (name: string, householdId = poor.id) => createSeeker(t.db, t.fieldCrypto, { name, householdId });
  const work = (who: string, employer: string, workRegionCode: string, startedOn: string, months: number) =>
    createWorkedPlacement(t.db, { seekerId: people[who]!.id, employerId: employers[employer]!.id, startedOn, workRegionCode, months });

  people.out = await seeker("张三丰");
  people.inside = await seeker("李四");
  people.county = await seeker("王小五");
  people.short = await seeker("赵六");
  people.category = await seeker("孙七", plain.id);
  people.lastYear = await seeker("周八");
  people.transfer = await seeker("吴九");
  people.elsewhere = await createSeeker(t.db, t.fieldCrypto, { name: "郑十", regionCode: "433123" });

  await work("out", "jinan", "370102", "2026-03-01", 7);
  await work("inside", "changsha", "430102", "2026-02-10", 6);
  await work("county", "jinan", "433126", "2026-03-01", 7);
  await work("short", "jinan", "370102", "2026-03-01", 2);
  await work("category", "jinan", "370102", "2026-03-01", 7);
  await work("lastYear", "jinan", "370102", "2025-03-01", 12);
  await work("transfer", "jinan", "370102", "2026-03-01", 7);
  await work("elsewhere", "jinan", "370102", "2026-03-01", 7);
  const transfer = await createTransferRow(t.db, { organisationId: guzhang.id, status: "DEPARTED" });
  await addMemberRows(t.db, transfer.id, [people.transfer.id], "ARRIVED");
});
afterAll(() => t.close());

const TRANSPORT = {
  name: "2026年外出务工交通补贴",
  kind: "TRANSPORT",
  year: 2026,
  minMonths: 6,
  povertyStatuses: ["REGISTERED_POOR", "LIFTED", "MONITORED"],
  amounts: { outOfProvince: 600, inProvince: 300 },
  excludeOrganisedTransfer: true,
};

async function createRule(body: object, cookie = admin) {
  const res = await call(t, cookie, "post", "/subsidy-rules", body);
  expect(res.status, res.text).toBe(201);
  return res.body.rule.id as string;
}

type EntryLike = { id: string; seekerId: string | null; employerId: string | null };
const entryOf = (roster: { entries: EntryLike[] }, id: string): EntryLike | undefined =>
  roster.entries.find((e) => e.seekerId === id || e.employerId === id);

describe("subsidies without application", () => {
  let ruleId: string;
  let rosterId: string;

  it("lets a county ADMIN set a rule; a prefecture-level or foreign request is refused", async () => {
    ruleId = await createRule(TRANSPORT);
    const platformRule = await call(t, platform, "post", "/subsidy-rules", TRANSPORT);
    expect(platformRule.status).toBe(400);
    expect((await call(t, platform, "post", "/subsidy-rules", { ...TRANSPORT, organisationId: guzhangId })).status).toBe(201);
    expect((await call(t, prefecture, "post", "/subsidy-rules", TRANSPORT)).status).toBe(403);
    expect((await call(t, prefecture, "get", "/subsidy-rules")).body.rules.map((r: { id: string }) => r.id)).toContain(ruleId);
    const list = await call(t, fenghuang, "get", "/subsidy-rules");
    expect(list.body.rules.map((r: { id: string }) => r.id)).not.toContain(ruleId);
    expect((await call(t, fenghuang, "post", `/subsidy-rules/${ruleId}/rosters`, { asOf: "2026-12-01" })).status).toBe(404);
  });

  it("two runs at once give one list, with exact amounts", async () => {
    const [a, b] = await Promise.all([
      call(t, admin, "post", `/subsidy-rules/${ruleId}/rosters`, { asOf: "2026-12-01" }),
      call(t, admin, "post", `/subsidy-rules/${ruleId}/rosters`, { asOf: "2026-12-01" }),
    ]);
    expect(a.status, a.text).toBe(201);
    expect(b.status, b.text).toBe(201);
    const pick = (r: typeof a) =>
      r.body.roster.entries.map((e: { seekerId: string; amount: number }) => `${e.seekerId}:${e.amount}`).sort();
    expect(pick(a)).toEqual(pick(b));
    const roster = a.body.roster;
    expect(roster).toMatchObject({ status: "DRAFT", total: 900 });
    expect(roster.entries).toHaveLength(2);
    expect(entryOf(roster, people.out!.id)).toMatchObject({
      amount: 600,
      name: "张*丰",
      village: "牙龙村",
      povertyStatus: "REGISTERED_POOR",
      employerId: null,
    });
    expect(entryOf(roster, people.inside!.id)).toMatchObject({ amount: 300, name: "李*" });
    rosterId = roster.id;

    const published = await call(t, admin, "post", `/rosters/${rosterId}/publish`);
    expect(published.status, published.text).toBe(200);
    expect(published.body.roster.status).toBe("PUBLISHED");
    // The twin roster lists the same people: publishing it too would list them twice.
    expect((await call(t, admin, "post", `/rosters/${b.body.roster.id}/publish`)).status).toBe(409);
    const again = await call(t, admin, "post", `/subsidy-rules/${ruleId}/rosters`, { asOf: "2026-12-01" });
    expect(again.body.roster.entries).toEqual([]);
    // The rule's rosters, newest first, reopen each one: the published one with its total.
    const listed = await call(t, admin, "get", `/subsidy-rules/${ruleId}/rosters`);
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.rosters).toHaveLength(3);
    expect(listed.body.rosters[0]).toMatchObject({ id: again.body.roster.id, count: 0, total: 0 });
    expect(listed.body.rosters.find((r: { id: string }) => r.id === rosterId)).toMatchObject({ status: "PUBLISHED", count: 2, total: 900 });
    expect((await call(t, fenghuang, "get", `/subsidy-rules/${ruleId}/rosters`)).status).toBe(404);
  });

  it("publishes a masked notice: no ID or phone number", async () => {
    const res = await call(t, admin, "get", `/rosters/${rosterId}/notice?format=csv`);
    expect(res.status).toBe(200);
    expect(res.text).toContain("张*丰");
    expect(res.text).toContain("李*");
    expect(res.text).not.toContain("张三丰");
    for (const p of Object.values(people)) {
      if (!p) continue;
      expect(res.text).not.toContain(p.idNumber);
      expect(res.text).not.toContain(p.phone);
    }
    const xlsx = await call(t, admin, "get", `/rosters/${rosterId}/notice?format=xlsx`);
    expect(xlsx.status).toBe(200);
  });

  it("withdraws before approval, approves only from PUBLISHED, pays exactly once", async () => {
    const roster = (await call(t, admin, "get", `/rosters/${rosterId}`)).body.roster;
    const inside = entryOf(roster, people.inside!.id)!;
    const out = entryOf(roster, people.out!.id)!;
    const early = await call(t, admin, "post", `/rosters/${rosterId}/payments`, {
      entryId: out.id,
      reference: "ZF-1",
      paidOn: "2026-12-10",
    });
    expect(early.status).toBe(409);
    const withdrawn = await call(t, admin, "post", `/rosters/${rosterId}/entries/${inside.id}/withdraw`, { reason: "群众异议：已离职" });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(withdrawn.body.roster.total).toBe(600);

    const approved = await call(t, admin, "post", `/rosters/${rosterId}/approve`);
    expect(approved.body.roster.status).toBe("APPROVED");
    expect((await call(t, admin, "post", `/rosters/${rosterId}/approve`)).status).toBe(409);
    expect((await call(t, admin, "post", `/rosters/${rosterId}/entries/${out.id}/withdraw`, { reason: "审批后撤回" })).status).toBe(409);

    const pay = () => call(t, admin, "post", `/rosters/${rosterId}/payments`, { entryId: out.id, reference: "ZF-1", paidOn: "2026-12-10" });
    const [first, second] = await Promise.all([pay(), pay()]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const refused = first.status === 409 ? first : second;
    expect(refused.body.error.code).toBe("ALREADY_PAID");
    expect((await pay()).body.error.code).toBe("ALREADY_PAID");

    const list = await call(t, admin, "get", `/rosters/${rosterId}/payment-list`);
    expect(list.status, list.text).toBe(200);
    expect(list.body).toMatchObject({ total: 600, items: [{ entryId: out.id, name: "张三丰", amount: 600, paymentReference: "ZF-1" }] });
    expect(list.body.items[0].idNumberMasked).toContain("*");
    expect(list.text).not.toContain(people.out!.idNumber);

    const full = await call(t, admin, "post", `/rosters/${rosterId}/payment-list/unmask`, { reason: "银行代发核对身份" });
    expect(full.status, full.text).toBe(200);
    expect(full.body.items[0]).toMatchObject({ entryId: out.id, idNumber: people.out!.idNumber });
    const unmasks = await t.db.auditLog.findMany({ where: { action: "seeker.unmask", entityId: people.out!.id } });
    expect(unmasks.map((u) => u.reason)).toEqual(["银行代发核对身份"]);

    const audit = await t.db.auditLog.findMany({ where: { entityType: { startsWith: "subsidy" } }, select: { action: true } });
    const actions = audit.map((a) => a.action);
    for (const action of [
      "subsidy-rule.create",
      "subsidy-roster.create",
      "subsidy-roster.publish",
      "subsidy-entry.withdraw",
      "subsidy-roster.approve",
      "subsidy-entry.pay",
    ])
      expect(actions).toContain(action);
    expect(actions.filter((a) => a === "subsidy-entry.pay")).toHaveLength(1);
  });

  it("shows the seeker its own subsidy (已发放 600 元) under /me, and nobody else's", async () => {
    const seekerCookie = async (seekerId: string) => {
      const user = await t.db.user.create({
        data: { username: `seeker_${seekerId.slice(0, 8)}`, passwordHash: "!unusable", role: "SEEKER", seekerId },
      });
      const token = createSessionToken();
      await t.db.session.create({ data: { id: sessionIdFromToken(token), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
      return `${SESSION_COOKIE}=${token}`;
    };
    const mine = await call(t, await seekerCookie(people.out!.id), "get", "/me/subsidies");
    expect(mine.status, mine.text).toBe(200);
    expect(mine.body.subsidies).toEqual([
      expect.objectContaining({ kind: "TRANSPORT", amount: 600, rosterStatus: "APPROVED", paidOn: "2026-12-10" }),
    ]);
    // Withdrawn after an objection: not shown.
    expect((await call(t, await seekerCookie(people.inside!.id), "get", "/me/subsidies")).body.subsidies).toEqual([]);
    expect((await call(t, admin, "get", "/me/subsidies")).status).toBe(403);
  });

  it("pays employers per qualifying worker, any work region", async () => {
    const id = await createRule({
      name: "2026年稳岗补贴",
      kind: "EMPLOYER_RETENTION",
      year: 2026,
      minMonths: 6,
      povertyStatuses: ["REGISTERED_POOR"],
      amounts: { perWorker: 1000 },
    });
    const res = await call(t, admin, "post", `/subsidy-rules/${id}/rosters`, { asOf: "2026-12-01" });
    expect(res.status, res.text).toBe(201);
    // Jinan: out, county, transfer (no exclusion asked); Changsha: inside.
    expect(entryOf(res.body.roster, employers.jinan!.id)).toMatchObject({ amount: 3000, seekerId: null, name: "济南重工" });
    expect(entryOf(res.body.roster, employers.changsha!.id)).toMatchObject({ amount: 1000 });
    expect(res.body.roster.total).toBe(4000);
  });
});
