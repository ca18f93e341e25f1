// The ADMIN outbox page and follow-up reminders, with the development provider (the demo's).
import crypto from "node:crypto";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createPosition, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { runUnitOfWork } from "../outbox/index.ts";
import { enqueueNotification, NOTIFICATION_SEND, type NotificationDraft, verificationCodeText } from "./index.ts";

let t: TestApp;
let admin: string;
let staff: string;
let recruiter: string;
let employerId: string;
let positionId: string;

beforeAll(async () => {
  t = await createTestApp();
  const employer = await createEmployer(t.db, { name: "济南重汽" });
  employerId = employer.id;
  positionId = (await createPosition(t.db, employerId, { title: "焊工" })).id;
  const users = await Promise.all([
    createUser(t.db, { role: "ADMIN" }),
    createUser(t.db, { role: "STAFF" }),
    createUser(t.db, { role: "EMPLOYER", employerId }),
  ]);
  [admin, staff, recruiter] = (await Promise.all(users.map((u) => signIn(t.app, u.username, u.password)))) as [string, string, string];
});
afterAll(() => t.close());

const queue = (draft: NotificationDraft) => runUnitOfWork(t.db, (work) => enqueueNotification(work, draft));
const outbox = (query = "", cookie = admin) => request(t.app).get(`/api/notifications/outbox${query}`).set("Cookie", cookie);

describe("GET /api/notifications/outbox", () => {
  it("is for ADMIN only", async () => {
    expect((await outbox("", admin)).status).toBe(200);
    expect((await outbox("", staff)).status).toBe(403);
    expect((await outbox("", recruiter)).status).toBe(403);
    const anonymous = await request(t.app).get("/api/notifications/outbox");
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe("UNAUTHENTICATED");
  });

  it("lists queued messages newest first with the phone masked, and codes readable with the dev provider", async () => {
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    const code = await queue({
      kind: "VERIFICATION_CODE",
      seekerId: seeker.id,
      phoneMasked: seeker.phoneMasked,
      text: verificationCodeText({ code: "305718", fairTitle: "古丈县春季招聘会" }),
    });
    const status = await queue({ kind: "INTENT_STATUS", seekerId: seeker.id, phoneMasked: seeker.phoneMasked, text: "【协作】状态更新" });
    // Two inserts can share a millisecond: make "newer" unambiguous.
    await t.db.notification.update({ where: { id: code.id }, data: { createdAt: new Date(Date.now() - 60_000) } });

    const res = await outbox();
    expect(res.status).toBe(200);
    expect(res.body.provider).toBe("dev");
    const ids = res.body.notifications.map((n: { id: string }) => n.id);
    expect(ids.indexOf(status.id)).toBeLessThan(ids.indexOf(code.id));
    const listed = res.body.notifications.find((n: { id: string }) => n.id === code.id);
    expect(listed).toMatchObject({
      kind: "VERIFICATION_CODE",
      channel: "SMS",
      phoneMasked: seeker.phoneMasked,
      status: "PENDING",
      provider: null,
      attempts: 0,
      lastError: null,
      sentAt: null,
    });
    expect(listed.text).toContain("验证码 305718");
    // Masked only: the raw number and ID number appear nowhere in the answer.
    const body = JSON.stringify(res.body);
    expect(body).not.toContain(seeker.phone);
    expect(body).not.toContain(seeker.idNumber);
    expect(Object.keys(listed).sort()).toEqual(
      ["attempts", "channel", "createdAt", "id", "kind", "lastError", "phoneMasked", "provider", "sentAt", "status", "text"].sort(),
    );
  });

  it("filters by kind and status and pages with limit/offset; unknown or bad parameters are 400", async () => {
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    for (let i = 0; i < 3; i++) {
      const { id } = await queue({
        kind: "FOLLOWUP_REMINDER",
        seekerId: seeker.id,
        phoneMasked: seeker.phoneMasked,
        text: `【协作】提醒${i}`,
      });
      await t.db.notification.update({ where: { id }, data: { createdAt: new Date(Date.now() - (3 - i) * 60_000) } });
    }
    const all = await outbox("?kind=FOLLOWUP_REMINDER&status=PENDING");
    expect(all.body.total).toBe(3);
    expect(all.body.notifications.every((n: { kind: string }) => n.kind === "FOLLOWUP_REMINDER")).toBe(true);
    const page = await outbox("?kind=FOLLOWUP_REMINDER&limit=2&offset=2");
    expect(page.body).toMatchObject({ total: 3 });
    expect(page.body.notifications).toHaveLength(1);
    expect(page.body.notifications[0].text).toBe("【协作】提醒0");
    expect((await outbox("?kind=FOLLOWUP_REMINDER&status=SENT")).body.total).toBe(0);

    for (const bad of ["?kind=EMAIL", "?status=DONE", "?limit=0", "?limit=101", "?offset=-1", "?phone=13800000000"]) {
      const res = await outbox(bad);
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
    }
  });
});

describe("POST /api/placements/:id/reminders", () => {
  async function placeSeeker() {
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    const res = await request(t.app)
      .post("/api/placements")
      .set("Cookie", staff)
      .send({ seekerId: seeker.id, employerId, positionId, startedOn: "2026-05-20", monthlyWage: 5200, workCity: "济南", channel: "FAIR" });
    expect(res.status).toBe(201);
    return { seeker, placementId: res.body.placement.id as string };
  }
  const remind = (id: string, cookie = staff) => request(t.app).post(`/api/placements/${id}/reminders`).set("Cookie", cookie);

  it("queues a follow-up reminder to the placed worker (202) with its outbox event", async () => {
    const { seeker, placementId } = await placeSeeker();
    const res = await remind(placementId);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ notification: { id: expect.any(String), status: "PENDING" } });
    const stored = await t.db.notification.findUniqueOrThrow({ where: { id: res.body.notification.id } });
    expect(stored).toMatchObject({ kind: "FOLLOWUP_REMINDER", seekerId: seeker.id, phoneMasked: seeker.phoneMasked, status: "PENDING" });
    expect(stored.text).toContain("济南重汽「焊工」");
    expect(await t.db.outboxEvent.count({ where: { topic: NOTIFICATION_SEND, aggregateId: stored.id } })).toBe(1);

    // ADMIN may send one too; each press is its own message.
    expect((await remind(placementId, admin)).status).toBe(202);
    expect(await t.db.notification.count({ where: { seekerId: seeker.id, kind: "FOLLOWUP_REMINDER" } })).toBe(2);
  });

  it("answers 404 for an unknown placement, 400 for a malformed id or a body, and writes nothing", async () => {
    const before = await t.db.notification.count();
    const unknown = await remind(crypto.randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("NOT_FOUND");
    expect((await remind("not-a-uuid")).status).toBe(400);
    const { placementId } = await placeSeeker();
    const withBody = await request(t.app).post(`/api/placements/${placementId}/reminders`).set("Cookie", staff).send({ text: "自定义" });
    expect(withBody.status).toBe(400);
    expect(await t.db.notification.count()).toBe(before);
  });

  it("is for ADMIN and STAFF: an EMPLOYER gets 403, nobody signed in 401", async () => {
    const { placementId } = await placeSeeker();
    const before = await t.db.notification.count();
    expect((await remind(placementId, recruiter)).status).toBe(403);
    expect((await request(t.app).post(`/api/placements/${placementId}/reminders`)).status).toBe(401);
    expect(await t.db.notification.count()).toBe(before);
  });

  it("refuses an ENDED placement with 409", async () => {
    const { placementId } = await placeSeeker();
    await t.db.placement.update({ where: { id: placementId }, data: { status: "ENDED", endedOn: new Date("2026-06-20T00:00:00Z") } });
    const res = await remind(placementId);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("CONFLICT");
  });
});
