import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../lib/calendar-dates.ts";
import { fixedClock } from "../../lib/clock.ts";
import {
  createEmployer,
  createFair,
  createHousehold,
  createPosition,
  createSeeker,
  createUser,
  joinFair,
} from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

// "Today" in China is 2026-09-01 for the whole file.
const TODAY = "2026-09-01";
let t: TestApp;
let admin: string;
let staff: string;
let recruiter: string;
let rival: string;
let employerId: string;
let otherEmployerId: string;
let positionId: string;
let fairId: string;
const rawNumbers: string[] = [];

async function newSeeker() {
  const household = await createHousehold(t.db);
  const seeker = await createSeeker(t.db, t.fieldCrypto, { householdId: household.id });
  rawNumbers.push(seeker.idNumber, seeker.phone);
  return seeker;
}

function placementBody(seekerId: string, overrides: Record<string, unknown> = {}) {
  return { seekerId, employerId, positionId, startedOn: "2026-05-20", monthlyWage: 5200, workCity: "济南", channel: "FAIR", ...overrides };
}

async function place(seekerId: string, overrides: Record<string, unknown> = {}) {
  const res = await request(t.app).post("/api/placements").set("Cookie", staff).send(placementBody(seekerId, overrides));
  expect(res.status).toBe(201);
  return res.body.placement as { id: string; status: string; startedOn: string };
}

const followUp = (id: string, body: Record<string, unknown>, cookie = staff) =>
  request(t.app).post(`/api/placements/${id}/followups`).set("Cookie", cookie).send(body);

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(new Date(`${TODAY}T04:00:00Z`)) });
  const employer = await createEmployer(t.db, { name: "济南重汽" });
  const other = await createEmployer(t.db, { name: "别家企业" });
  employerId = employer.id;
  otherEmployerId = other.id;
  fairId = (await createFair(t.db, { status: "OPEN" })).id;
  await joinFair(t.db, fairId, employerId);
  positionId = (await createPosition(t.db, employerId, { fairIds: [fairId] })).id;
  const users = await Promise.all([
    createUser(t.db, { role: "ADMIN" }),
    createUser(t.db, { role: "STAFF" }),
    createUser(t.db, { role: "EMPLOYER", employerId }),
    createUser(t.db, { role: "EMPLOYER", employerId: other.id }),
  ]);
  const cookies = await Promise.all(users.map((u) => signIn(t.app, u.username, u.password)));
  [admin, staff, recruiter, rival] = cookies as [string, string, string, string];
});
afterAll(() => t.close());

describe("POST /api/placements", () => {
  it("records an ACTIVE placement, masked, and marks the open intent for that position HIRED", async () => {
    const seeker = await newSeeker();
    const intent = await request(t.app).post("/api/intents").set("Cookie", staff).send({ seekerId: seeker.id, positionId, fairId });
    const res = await request(t.app).post("/api/placements").set("Cookie", staff).send(placementBody(seeker.id));
    expect(res.status).toBe(201);
    expect(res.body.placement).toMatchObject({
      seekerId: seeker.id,
      employerId,
      positionId,
      status: "ACTIVE",
      startedOn: "2026-05-20",
      monthlyWage: 5200,
      channel: "FAIR",
      stableOn: null,
      endedOn: null,
      followUps: [],
      employerName: "济南重汽",
    });
    expect(res.body.placement.seeker.idNumberMasked).toBe(seeker.idNumberMasked);
    expect(JSON.stringify(res.body)).not.toContain(seeker.idNumber);
    expect(JSON.stringify(res.body)).not.toContain(seeker.phone);
    expect((await t.db.intent.findUniqueOrThrow({ where: { id: intent.body.intent.id } })).status).toBe("HIRED");
  });

  it("refuses a second ACTIVE placement at the same employer (409 with existingId), even at once", async () => {
    const seeker = await newSeeker();
    const answers = await Promise.all(
      [1, 2, 3].map(() => request(t.app).post("/api/placements").set("Cookie", staff).send(placementBody(seeker.id))),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    const created = answers.find((a) => a.status === 201)!;
    expect(answers.find((a) => a.status === 409)!.body.error.existingId).toBe(created.body.placement.id);
    expect(await t.db.placement.count({ where: { seekerId: seeker.id } })).toBe(1);
  });

  it("validates the body: strict keys, channel, wage, a start within 10 years back and 180 days ahead, a position of that employer", async () => {
    const seeker = await newSeeker();
    const otherPosition = await createPosition(t.db, otherEmployerId);
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ salary: 1 }, ["body"]],
      [{ channel: "RADIO" }, ["body", "channel"]],
      [{ monthlyWage: 0 }, ["body", "monthlyWage"]],
      [{ monthlyWage: 5200.5 }, ["body", "monthlyWage"]],
      [{ startedOn: "2026-02-30" }, ["body", "startedOn"]],
      [{ startedOn: addDays(TODAY, 181) }, ["body", "startedOn"]],
      [{ startedOn: "1016-05-20" }, ["body", "startedOn"]],
      [{ positionId: otherPosition.id }, ["body", "positionId"]],
    ];
    for (const [overrides, path] of cases) {
      const res = await request(t.app).post("/api/placements").set("Cookie", staff).send(placementBody(seeker.id, overrides));
      expect(res.status, JSON.stringify(overrides)).toBe(400);
      expect(res.body.error.issues[0].path.slice(0, path.length)).toEqual(path);
    }
    expect(await t.db.placement.count({ where: { seekerId: seeker.id } })).toBe(0);
  });

  it("lets an employer place only for itself, and only seekers with an intent on its positions", async () => {
    const withIntent = await newSeeker();
    const stranger = await newSeeker();
    await request(t.app).post("/api/intents").set("Cookie", recruiter).send({ seekerId: withIntent.id, positionId });
    const forOther = await request(t.app)
      .post("/api/placements")
      .set("Cookie", recruiter)
      .send(placementBody(withIntent.id, { employerId: otherEmployerId, positionId: undefined }));
    expect(forOther.status).toBe(404);
    const noIntent = await request(t.app).post("/api/placements").set("Cookie", recruiter).send(placementBody(stranger.id));
    expect(noIntent.status).toBe(404);
    const own = await request(t.app).post("/api/placements").set("Cookie", recruiter).send(placementBody(withIntent.id));
    expect(own.status).toBe(201);
  });
});

describe("GET /api/placements", () => {
  it("answers one placement; an employer gets 404 for another employer's", async () => {
    const placement = await place((await newSeeker()).id);
    const byStaff = await request(t.app).get(`/api/placements/${placement.id}`).set("Cookie", staff);
    expect(byStaff.status).toBe(200);
    expect(byStaff.body.placement.id).toBe(placement.id);
    expect((await request(t.app).get(`/api/placements/${placement.id}`).set("Cookie", recruiter)).status).toBe(200);
    const hidden = await request(t.app).get(`/api/placements/${placement.id}`).set("Cookie", rival);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe("NOT_FOUND");
  });

  it("lists with seekerId and status filters; an employer sees only its own", async () => {
    const seeker = await newSeeker();
    const placement = await place(seeker.id);
    const bySeeker = await request(t.app).get(`/api/placements?seekerId=${seeker.id}`).set("Cookie", admin);
    expect(bySeeker.body).toMatchObject({ total: 1, placements: [{ id: placement.id, status: "ACTIVE" }] });
    expect((await request(t.app).get(`/api/placements?seekerId=${seeker.id}&status=STABLE`).set("Cookie", admin)).body.total).toBe(0);
    const rivalList = await request(t.app).get("/api/placements").set("Cookie", rival);
    expect(rivalList.body).toEqual({ placements: [], total: 0 });
    const own = await request(t.app).get("/api/placements?limit=500").set("Cookie", recruiter);
    expect(own.body.total).toBe(await t.db.placement.count({ where: { employerId } }));
    for (const raw of rawNumbers) expect(JSON.stringify(own.body)).not.toContain(raw);
    expect((await request(t.app).get("/api/placements?status=GONE").set("Cookie", admin)).status).toBe(400);
  });
});

describe("POST /api/placements/:id/followups", () => {
  it("becomes STABLE once monthly follow-ups reach start + 3 months", async () => {
    const placement = await place((await newSeeker()).id, { startedOn: "2026-05-20" });
    for (const checkedOn of ["2026-06-19", "2026-07-20"]) {
      const res = await followUp(placement.id, { checkedOn, employed: true, monthlyWage: 5300 });
      expect(res.status).toBe(201);
      expect(res.body.placement.status).toBe("ACTIVE");
      expect(res.body.followUp).toMatchObject({ checkedOn, employed: true, monthlyWage: 5300 });
    }
    const done = await followUp(placement.id, { checkedOn: "2026-08-20", employed: true });
    expect(done.body.placement).toMatchObject({ status: "STABLE", stableOn: "2026-08-20", lastCheckedOn: "2026-08-20" });
    expect(done.body.placement.followUps).toHaveLength(3);
    const stored = await t.db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(stored.status).toBe("STABLE");
  });

  it("stays ACTIVE when the checks leave a gap longer than 45 days", async () => {
    const placement = await place((await newSeeker()).id, { startedOn: "2026-05-20" });
    await followUp(placement.id, { checkedOn: "2026-06-19", employed: true });
    const late = await followUp(placement.id, { checkedOn: "2026-08-25", employed: true });
    expect(late.body.placement.status).toBe("ACTIVE");
  });

  it("ENDS on a follow-up saying not employed, then refuses more follow-ups (409)", async () => {
    const placement = await place((await newSeeker()).id);
    const ended = await followUp(placement.id, { checkedOn: "2026-06-15", employed: false, note: " 回家照顾老人 " });
    expect(ended.status).toBe(201);
    expect(ended.body.placement).toMatchObject({ status: "ENDED", endedOn: "2026-06-15" });
    expect(ended.body.followUp.note).toBe("回家照顾老人");
    expect(ended.body.placement.followUps.at(-1).note).toBe("回家照顾老人");
    const more = await followUp(placement.id, { checkedOn: "2026-06-20", employed: true });
    expect(more.status).toBe(409);
    expect(await t.db.followUp.count({ where: { placementId: placement.id } })).toBe(1);
  });

  it("refuses dates before the start or after today, a wage when not employed, and other roles", async () => {
    const placement = await place((await newSeeker()).id, { startedOn: "2026-05-20" });
    const before = await followUp(placement.id, { checkedOn: "2026-05-19", employed: true });
    expect(before.status).toBe(400);
    expect(before.body.error.issues[0].path).toEqual(["body", "checkedOn"]);
    expect((await followUp(placement.id, { checkedOn: addDays(TODAY, 1), employed: true })).status).toBe(400);
    expect((await followUp(placement.id, { checkedOn: "2026-06-01", employed: false, monthlyWage: 3000 })).status).toBe(400);
    expect((await followUp(placement.id, { checkedOn: "2026-06-01", employed: true, note: "长".repeat(201) })).status).toBe(400);
    expect((await followUp(placement.id, { checkedOn: "2026-06-01", employed: true, note: "   " })).status).toBe(400);
    expect((await followUp(placement.id, { checkedOn: "2026-06-01", employed: true, remark: "x" })).status).toBe(400);
    expect((await followUp(placement.id, { checkedOn: "2026-06-01", employed: true }, recruiter)).status).toBe(403);
    expect((await followUp("00000000-0000-4000-8000-000000000000", { checkedOn: "2026-06-01", employed: true })).status).toBe(404);
    expect(await t.db.followUp.count({ where: { placementId: placement.id } })).toBe(0);
  });
});

describe("GET /api/placements/followups-due", () => {
  it("lists ACTIVE placements due within the window or overdue, most overdue first", async () => {
    await t.db.followUp.deleteMany({});
    await t.db.placement.deleteMany({});
    const overdue = await place((await newSeeker()).id, { startedOn: "2026-07-20" }); // due 08-19: 13 days overdue
    const dueSoon = await place((await newSeeker()).id, { startedOn: "2026-06-01" });
    await followUp(dueSoon.id, { checkedOn: "2026-08-05", employed: true }); // due 09-04, within 7 days
    const later = await place((await newSeeker()).id, { startedOn: "2026-08-20" }); // due 09-19
    const ended = await place((await newSeeker()).id, { startedOn: "2026-06-01" });
    await followUp(ended.id, { checkedOn: "2026-06-20", employed: false });

    const res = await request(t.app).get("/api/placements/followups-due?withinDays=7").set("Cookie", staff);
    expect(res.status).toBe(200);
    expect(res.body.today).toBe(TODAY);
    expect(res.body.total).toBe(2);
    expect(res.body.followUps.map((f: { placementId: string }) => f.placementId)).toEqual([overdue.id, dueSoon.id]);
    expect(res.body.followUps[0]).toMatchObject({
      dueOn: "2026-08-19",
      daysOverdue: 13,
      lastCheckedOn: null,
      followUpCount: 0,
      employerName: "济南重汽",
    });
    expect(res.body.followUps[1]).toMatchObject({ dueOn: "2026-09-04", daysOverdue: 0, lastCheckedOn: "2026-08-05", followUpCount: 1 });
    expect(res.body.followUps[0].seeker.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    for (const raw of rawNumbers) expect(JSON.stringify(res.body)).not.toContain(raw);

    const wide = await request(t.app).get("/api/placements/followups-due?withinDays=30").set("Cookie", admin);
    expect(wide.body.followUps.map((f: { placementId: string }) => f.placementId)).toEqual([overdue.id, dueSoon.id, later.id]);
    const page = await request(t.app).get("/api/placements/followups-due?withinDays=30&limit=1&offset=2").set("Cookie", admin);
    expect(page.body).toMatchObject({ total: 3, followUps: [{ placementId: later.id }] });

    expect((await request(t.app).get("/api/placements/followups-due").set("Cookie", recruiter)).status).toBe(403);
    expect((await request(t.app).get("/api/placements/followups-due?withinDays=-1").set("Cookie", staff)).status).toBe(400);
  });
});
