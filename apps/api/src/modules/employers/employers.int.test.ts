import { computeCreditCodeCheckChar, createSeededRandom, generateCreditCode } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createPosition, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let admin: string;
let staff: string;
let seed = 1000;
const nextCreditCode = () => generateCreditCode(createSeededRandom(seed++));

beforeAll(async () => {
  t = await createTestApp();
  const a = await createUser(t.db, { role: "ADMIN" });
  const s = await createUser(t.db, { role: "STAFF" });
  admin = await signIn(t.app, a.username, a.password);
  staff = await signIn(t.app, s.username, s.password);
});
afterAll(() => t.close());

const body = (creditCode: string) => ({
  name: "济南重型机械有限公司",
  shortName: "济重",
  creditCode,
  kind: "SOE",
  regionCode: "370102",
  city: "济南",
});

describe("POST /api/employers", () => {
  it("registers an employer and answers 201 with it", async () => {
    const creditCode = nextCreditCode();
    const res = await request(t.app).post("/api/employers").set("Cookie", admin).send(body(creditCode.toLowerCase()));
    expect(res.status).toBe(201);
    expect(res.body.employer).toMatchObject({ name: "济南重型机械有限公司", shortName: "济重", creditCode, kind: "SOE", city: "济南" });
    const row = await t.db.employer.findUniqueOrThrow({ where: { id: res.body.employer.id } });
    expect(row.creditCode).toBe(creditCode);
  });

  it("rejects a credit code whose check character is wrong, writing nothing", async () => {
    const valid = nextCreditCode();
    const first17 = valid.slice(0, 17);
    const wrong = first17 + (computeCreditCodeCheckChar(first17) === "1" ? "2" : "1");
    const res = await request(t.app).post("/api/employers").set("Cookie", admin).send(body(wrong));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
    expect(res.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "creditCode"] })]);
    expect(await t.db.employer.count({ where: { creditCode: wrong } })).toBe(0);
  });

  it("answers 409 CONFLICT with the existing id to a duplicate credit code", async () => {
    const creditCode = nextCreditCode();
    const first = await request(t.app).post("/api/employers").set("Cookie", admin).send(body(creditCode));
    const again = await request(t.app)
      .post("/api/employers")
      .set("Cookie", admin)
      .send({ ...body(creditCode), name: "另一家公司" });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "CONFLICT", existingId: first.body.employer.id });
    expect(await t.db.employer.count({ where: { creditCode } })).toBe(1);
  });

  it("rejects unknown keys and bad kinds; 401 anonymous, 403 for staff", async () => {
    const creditCode = nextCreditCode();
    const extra = await request(t.app)
      .post("/api/employers")
      .set("Cookie", admin)
      .send({ ...body(creditCode), boss: "x" });
    expect(extra.status).toBe(400);
    const kind = await request(t.app)
      .post("/api/employers")
      .set("Cookie", admin)
      .send({ ...body(creditCode), kind: "STATE" });
    expect(kind.body.error.issues).toEqual([expect.objectContaining({ path: ["body", "kind"] })]);
    expect((await request(t.app).post("/api/employers").send(body(creditCode))).status).toBe(401);
    const forbidden = await request(t.app).post("/api/employers").set("Cookie", staff).send(body(creditCode));
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe("FORBIDDEN");
    expect(await t.db.employer.count({ where: { creditCode } })).toBe(0);
  });
});

describe("PATCH /api/employers/:id", () => {
  it("queues a re-index of its open positions when an indexed field changes", async () => {
    const employer = await createEmployer(t.db);
    const open = await createPosition(t.db, employer.id);
    const closed = await createPosition(t.db, employer.id, { status: "CLOSED" });
    const res = await request(t.app)
      .patch(`/api/employers/${employer.id}`)
      .set("Cookie", admin)
      .send({ name: "更名后的企业", kind: "SOE" });
    expect(res.status).toBe(200);
    expect(res.body.employer).toMatchObject({ id: employer.id, name: "更名后的企业", kind: "SOE" });
    const events = await t.db.outboxEvent.findMany({ where: { aggregateId: { in: [open.id, closed.id] } } });
    expect(events.map((e) => [e.topic, e.aggregateId])).toEqual([["position.changed", open.id]]);
  });

  it("queues nothing when no indexed field changes", async () => {
    const employer = await createEmployer(t.db);
    const position = await createPosition(t.db, employer.id);
    const res = await request(t.app)
      .patch(`/api/employers/${employer.id}`)
      .set("Cookie", admin)
      .send({ regionCode: "370105", name: employer.name });
    expect(res.status).toBe(200);
    expect(await t.db.outboxEvent.count({ where: { aggregateId: position.id } })).toBe(0);
  });

  it("answers 404 for an unknown employer, 409 for a taken credit code, 400 for an empty body", async () => {
    const a = await createEmployer(t.db);
    const b = await createEmployer(t.db);
    const missing = await request(t.app)
      .patch("/api/employers/00000000-0000-4000-8000-000000000000")
      .set("Cookie", admin)
      .send({ name: "某公司" });
    expect(missing.status).toBe(404);
    const taken = await request(t.app).patch(`/api/employers/${a.id}`).set("Cookie", admin).send({ creditCode: b.creditCode });
    expect(taken.status).toBe(409);
    expect((await t.db.employer.findUniqueOrThrow({ where: { id: a.id } })).creditCode).toBe(a.creditCode);
    const empty = await request(t.app).patch(`/api/employers/${a.id}`).set("Cookie", admin).send({});
    expect(empty.status).toBe(400);
    expect((await request(t.app).patch(`/api/employers/${a.id}`).set("Cookie", staff).send({ name: "某公司" })).status).toBe(403);
  });
});
