import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let staff: string;
beforeAll(async () => {
  t = await createTestApp();
  const s = await createUser(t.db, { role: "STAFF" });
  staff = await signIn(t.app, s.username, s.password);
});
afterAll(() => t.close());

/** Changes one character of the tag, keeping the token well-formed. */
const tamper = (token: string) => token.slice(0, 40) + (token[40] === "A" ? "B" : "A") + token.slice(41);

describe("QR badges", () => {
  it("issues an opaque token with no personal data, and resolves it back to the masked seeker", async () => {
    const seeker = await createSeeker(t.db, t.fieldCrypto, { name: "龙志强" });
    const badge = await request(t.app).get(`/api/seekers/${seeker.id}/badge`).set("Cookie", staff);
    expect(badge.status).toBe(200);
    expect(badge.body.seeker).toEqual({ id: seeker.id, name: "龙志强", idNumberMasked: seeker.idNumberMasked });
    const token: string = badge.body.token;
    expect(token).toMatch(/^[A-Za-z0-9_-]{44}$/);
    const decoded = Buffer.from(token, "base64url").toString("latin1");
    for (const secret of [seeker.idNumber, seeker.phone, "龙志强", seeker.idNumber.slice(6, 14)]) {
      expect(token).not.toContain(secret);
      expect(decoded).not.toContain(secret);
    }
    expect(JSON.stringify(badge.body)).not.toContain(seeker.idNumber);

    const resolved = await request(t.app).post("/api/badges/resolve").set("Cookie", staff).send({ token });
    expect(resolved.status).toBe(200);
    expect(resolved.body.seeker).toMatchObject({ id: seeker.id, name: "龙志强", idNumberMasked: seeker.idNumberMasked });
    expect(JSON.stringify(resolved.body)).not.toContain(seeker.phone);
  });

  it("rejects a tampered or malformed token with 400, and a valid token of a removed seeker with 404", async () => {
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    const { token } = (await request(t.app).get(`/api/seekers/${seeker.id}/badge`).set("Cookie", staff)).body;
    const tampered = await request(t.app)
      .post("/api/badges/resolve")
      .set("Cookie", staff)
      .send({ token: tamper(token) });
    expect(tampered.status).toBe(400);
    expect(tampered.body.error.issues[0].path).toEqual(["body", "token"]);
    expect((await request(t.app).post("/api/badges/resolve").set("Cookie", staff).send({ token: "short" })).status).toBe(400);
    await t.db.seeker.delete({ where: { id: seeker.id } });
    expect((await request(t.app).post("/api/badges/resolve").set("Cookie", staff).send({ token })).status).toBe(404);
  });

  it("issues a sheet of badges in the order asked, leaving out unknown ids", async () => {
    const a = await createSeeker(t.db, t.fieldCrypto);
    const b = await createSeeker(t.db, t.fieldCrypto);
    const res = await request(t.app)
      .post("/api/badges/batch")
      .set("Cookie", staff)
      .send({ seekerIds: [b.id, "00000000-0000-4000-8000-000000000000", a.id] });
    expect(res.status).toBe(200);
    expect(res.body.badges.map((x: { seeker: { id: string } }) => x.seeker.id)).toEqual([b.id, a.id]);
    const single = (await request(t.app).get(`/api/seekers/${a.id}/badge`).set("Cookie", staff)).body.token;
    expect(res.body.badges[1].token).toBe(single);
  });

  it("is for ADMIN and STAFF only", async () => {
    const seeker = await createSeeker(t.db, t.fieldCrypto);
    const employer = await createEmployer(t.db);
    const e = await createUser(t.db, { role: "EMPLOYER", employerId: employer.id });
    const cookie = await signIn(t.app, e.username, e.password);
    expect((await request(t.app).get(`/api/seekers/${seeker.id}/badge`).set("Cookie", cookie)).status).toBe(403);
    expect((await request(t.app).get(`/api/seekers/${seeker.id}/badge`)).status).toBe(401);
  });
});
