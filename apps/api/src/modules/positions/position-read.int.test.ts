// GET /api/positions/:id reads its row with one SQL statement (positions.repository.ts,
// findViewById): it must answer exactly what the Prisma read of POSITION_VIEW gives.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createFair, createPosition } from "../../testing/factories.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { createPositionsRepository } from "./positions.repository.ts";
import { toPosition } from "./positions.service.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("GET /api/positions/:id", () => {
  it("answers field for field what the Prisma read gives: employer, fairs in link order, nulls, dates, tags", async () => {
    const repo = createPositionsRepository(t.db);
    const employer = await t.db.employer.update({
      where: { id: (await createEmployer(t.db, { name: "中国重型汽车集团有限公司" })).id },
      data: { shortName: "中国重汽" },
    });
    const [first, second] = [await createFair(t.db), await createFair(t.db)];
    const linked = await createPosition(t.db, employer.id, { title: "焊工", fairIds: [] });
    await t.db.fairPosition.create({ data: { fairId: second.id, positionId: linked.id, linkedAt: new Date("2026-01-01T00:00:00Z") } });
    await t.db.fairPosition.create({ data: { fairId: first.id, positionId: linked.id, linkedAt: new Date("2026-02-01T00:00:00Z") } });
    await t.db.position.update({
      where: { id: linked.id },
      data: { ageMin: 18, gender: "MALE", tags: ["包吃住", "五险一金"], status: "CLOSED", closedAt: new Date("2026-03-04T05:06:07.089Z") },
    });
    const bare = await createPosition(t.db, (await createEmployer(t.db)).id, { fairIds: [] });
    await t.db.position.update({ where: { id: bare.id }, data: { tags: [] } });

    for (const id of [linked.id, bare.id]) {
      const expected = toPosition((await repo.findById(id))!);
      expect(toPosition((await repo.findViewById(id))!)).toEqual(expected);
      const res = await request(t.app).get(`/api/positions/${id}`);
      expect(res.status).toBe(200);
      expect(res.body.position).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    const body = (await request(t.app).get(`/api/positions/${linked.id}`)).body.position;
    expect(body.fairIds).toEqual([second.id, first.id]);
    expect(body).toMatchObject({ ageMin: 18, ageMax: null, gender: "MALE", status: "CLOSED", closedAt: "2026-03-04T05:06:07.089Z" });
    expect(body.employer).toMatchObject({ id: employer.id, shortName: "中国重汽" });
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const missing = await request(t.app).get("/api/positions/00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("NOT_FOUND");
    expect((await request(t.app).get("/api/positions/not-a-uuid")).status).toBe(400);
  });
});
