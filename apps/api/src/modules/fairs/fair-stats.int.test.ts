// GET /api/fairs/:id/stats is one SQL statement over the rows: no cache, so a change made
// through any process shows in the next read from every process.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { createLogger } from "../../lib/logger.ts";
import { createEmployer, createFair, createPosition, createSeeker, createUser, joinFair } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, TEST_SESSION_POLICY, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let other: ReturnType<typeof createApp>["app"];
let staff: string;
beforeAll(async () => {
  t = await createTestApp();
  // A second API "process" on the same database.
  other = createApp({
    db: t.db,
    search: t.search,
    fieldCrypto: t.fieldCrypto,
    logger: createLogger("silent"),
    config: { session: TEST_SESSION_POLICY, trustProxy: 0, stableEmploymentMonths: 3 },
  }).app;
  const u = await createUser(t.db, { role: "STAFF" });
  staff = await signIn(t.app, u.username, u.password);
});
afterAll(() => t.close());

const stats = (app: typeof other, fairId: string) => request(app).get(`/api/fairs/${fairId}/stats`).set("Cookie", staff);

describe("GET /api/fairs/:id/stats", () => {
  it("answers 404 for an unknown fair and zeros for an empty one", async () => {
    const missing = await stats(t.app, "00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("NOT_FOUND");
    const fair = await createFair(t.db, { status: "OPEN" });
    expect((await stats(t.app, fair.id)).body.stats).toEqual({
      employers: 0,
      positions: 0,
      openings: 0,
      openingsWithFoodAndLodging: 0,
      checkIns: 0,
      intents: 0,
      seekersWithIntent: 0,
      seekersWithIntentByPovertyStatus: { REGISTERED_POOR: 0, LIFTED: 0, MONITORED: 0, NONE: 0 },
    });
  });

  it("shows a check-in written through one process in the very next read from the other", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    for (const [i, app] of [t.app, other, t.app].entries()) {
      const seeker = await createSeeker(t.db, t.fieldCrypto);
      const res = await request(app)
        .post(`/api/fairs/${fair.id}/checkins`)
        .set("Cookie", staff)
        .send({ seekerId: seeker.id, clientRequestId: `stats-check-in-${i}` });
      expect(res.status).toBe(201);
      const reader = app === t.app ? other : t.app;
      expect((await stats(reader, fair.id)).body.stats.checkIns).toBe(i + 1);
    }
  });

  it("counts a closed fair's positions whatever their status now; an open fair only its open ones (v2)", async () => {
    const fair = await createFair(t.db, { status: "OPEN" });
    const employer = await createEmployer(t.db);
    await joinFair(t.db, fair.id, employer.id);
    const open = await createPosition(t.db, employer.id, { openings: 7, fairIds: [fair.id] });
    await createPosition(t.db, employer.id, { openings: 5, fairIds: [fair.id], status: "CLOSED" });
    expect((await stats(t.app, fair.id)).body.stats).toMatchObject({ positions: 1, openings: 7 });

    // The fair ends, and afterwards its positions close: its record keeps both.
    await t.db.fair.update({ where: { id: fair.id }, data: { status: "CLOSED" } });
    await t.db.position.update({ where: { id: open.id }, data: { status: "CLOSED", closedAt: new Date() } });
    expect((await stats(t.app, fair.id)).body.stats).toMatchObject({ positions: 2, openings: 12 });
    const employers = await request(t.app).get(`/api/fairs/${fair.id}/employers`);
    expect(employers.body.employers[0]).toMatchObject({ openPositions: 2, openings: 12 });

    // Reopened, it counts what is open again.
    await t.db.fair.update({ where: { id: fair.id }, data: { status: "OPEN" } });
    expect((await stats(other, fair.id)).body.stats).toMatchObject({ positions: 0, openings: 0 });
  });
});
