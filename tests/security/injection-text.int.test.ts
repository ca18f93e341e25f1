// SQL and script strings are data: stored and read back verbatim as JSON text (names,
// titles, search, the CSV report, an imported registry), and the database is intact after.
import crypto from "node:crypto";
import { createSeededRandom, generateCreditCode, generateIdNumber, generatePhone } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../apps/api/src/lib/logger.ts";
import { createOutboxRelay } from "../../apps/api/src/modules/outbox/index.ts";
import { createSearchSync } from "../../apps/api/src/runtime/search-sync.ts";
import { createUser } from "../../apps/api/src/testing/factories.ts";
import { createTestApp } from "../../apps/api/src/testing/test-app.ts";
import { SCRIPT_INJECTION, SQL_INJECTION } from "./support/hostile-values.ts";
import { mintSession } from "./support/security-world.ts";

const FORMULA = "=cmd|' /C calc'!A0";
const MIXED = `${SCRIPT_INJECTION} ${SQL_INJECTION} \u0001\u007f "quoted" \\ back`;

const t = await createTestApp();
let admin: string;
const tablesOf = async () =>
  (
    await t.db.$queryRaw<
      { name: string }[]
    >`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`
  ).map((r) => r.name);
let tablesBefore: string[];

beforeAll(async () => {
  const user = await createUser(t.db, { role: "ADMIN" });
  admin = await mintSession(t.db, user.id);
  tablesBefore = await tablesOf();
});
afterAll(() => t.close());

const post = (path: string, body: unknown) =>
  request(t.app)
    .post(path)
    .set("Cookie", admin)
    .send(body as object);
const get = (path: string) => request(t.app).get(path).set("Cookie", admin);
const random = createSeededRandom(crypto.randomInt(2 ** 31));

describe("injection strings are stored and shown as plain text", () => {
  it("keeps them verbatim in employers, fairs, positions and seekers, and the database intact", async () => {
    const employer = await post("/api/employers", {
      name: SQL_INJECTION,
      shortName: SCRIPT_INJECTION,
      creditCode: generateCreditCode(random),
      kind: "PRIVATE",
      regionCode: "370102",
      city: "济南",
    });
    expect(employer.status, employer.text).toBe(201);
    const formulaEmployer = await post("/api/employers", {
      name: FORMULA,
      creditCode: generateCreditCode(random),
      kind: "SOE",
      regionCode: "370102",
      city: "济南",
    });
    expect(formulaEmployer.status).toBe(201);
    const fair = await post("/api/fairs", {
      title: MIXED,
      venue: SQL_INJECTION,
      startsAt: "2026-05-20T09:00:00+08:00",
      endsAt: "2026-05-20T16:00:00+08:00",
      hostRegionCode: "433126",
    });
    expect(fair.status, fair.text).toBe(201);
    const fairId = fair.body.fair.id as string;
    expect((await request(t.app).patch(`/api/fairs/${fairId}`).set("Cookie", admin).send({ status: "OPEN" })).status).toBe(200);
    for (const e of [employer, formulaEmployer])
      expect(
        (await post(`/api/fairs/${fairId}/employers`, { employerId: e.body.employer.id, booth: SCRIPT_INJECTION.slice(0, 20) })).status,
      ).toBe(201);
    const position = await post("/api/positions", {
      employerId: employer.body.employer.id,
      title: SCRIPT_INJECTION,
      description: MIXED,
      openings: 3,
      wageMin: 4000,
      wageMax: 5000,
      city: "' OR '1'='1",
      foodProvided: true,
      lodgingProvided: false,
      tags: [SQL_INJECTION.slice(0, 20)],
      fairIds: [fairId],
    });
    expect(position.status, position.text).toBe(201);
    const seekersBefore = await t.db.seeker.count();
    const idNumber = generateIdNumber({ regionCode: "433126", birthDate: "1991-04-05", gender: "MALE" }, random);
    const seeker = await post("/api/seekers", {
      name: SQL_INJECTION,
      idNumber,
      phone: generatePhone(random),
      skills: [SCRIPT_INJECTION],
      consent: true,
    });
    expect(seeker.status, seeker.text).toBe(201);

    const reads: [string, string, Record<string, unknown>][] = [
      [`/api/employers/${employer.body.employer.id}`, "employer", { name: SQL_INJECTION, shortName: SCRIPT_INJECTION }],
      [`/api/fairs/${fairId}`, "fair", { title: MIXED, venue: SQL_INJECTION }],
      [`/api/positions/${position.body.position.id}`, "position", { title: SCRIPT_INJECTION, description: MIXED, city: "' OR '1'='1" }],
      [`/api/seekers/${seeker.body.seeker.id}`, "seeker", { name: SQL_INJECTION, skills: [SCRIPT_INJECTION] }],
    ];
    for (const [path, key, expected] of reads) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers["content-type"], path).toMatch(/^application\/json/);
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.body[key], path).toMatchObject(expected);
    }

    const found = await get(`/api/seekers?q=${encodeURIComponent(SQL_INJECTION)}`);
    expect(found.body.seekers.map((s: { id: string }) => s.id)).toEqual([seeker.body.seeker.id]);
    const none = await get(`/api/seekers?q=${encodeURIComponent("' OR '1'='1")}`);
    expect(none.body.total).toBe(0);

    expect(await t.db.seeker.count()).toBe(seekersBefore + 1);
    expect(await tablesOf()).toEqual(tablesBefore);
  });

  it("shows them verbatim in search hits, and defused in the CSV report", async () => {
    const employer = await t.db.employer.findFirstOrThrow({ where: { name: SQL_INJECTION } });
    const fair = await t.db.fair.findFirstOrThrow({ where: { title: MIXED } });
    // The positions index follows the outbox; run the production relay handlers once.
    const sync = createSearchSync({ db: t.db, search: t.search, index: t.positionIndex, logger: createLogger("silent") });
    const relay = createOutboxRelay({ db: t.db, handlers: sync.handlers, logger: createLogger("silent"), instanceId: "injection-test" });
    while ((await relay.drainOnce()).claimed > 0);
    const hits = await request(t.app).get(`/api/search/positions?fairId=${fair.id}`);
    expect(hits.status, hits.text).toBe(200);
    expect(hits.body.hits).toEqual([
      expect.objectContaining({ title: SCRIPT_INJECTION, employerName: SQL_INJECTION, city: "' OR '1'='1" }),
    ]);

    const csv = await get(`/api/reports/fairs/${fair.id}?format=csv`);
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.headers["content-disposition"]).toMatch(/^attachment;/);
    expect(csv.text).toContain(SQL_INJECTION.replaceAll('"', '""'));
    expect(csv.text).toContain(`'${FORMULA}`);
    expect(csv.text).not.toMatch(/(^|,)=cmd/m);
    expect(employer.name).toBe(SQL_INJECTION);
  });

  it("imports a registry whose cells carry injection strings and a NUL character without a 500", async () => {
    const codes = [`433126-${crypto.randomInt(1e7)}`, `433126-${crypto.randomInt(1e7)}`];
    const csv = [
      "householdCode,regionCode,township,village,povertyStatus,labourCapableMembers",
      `${codes[0]},433126,"${SQL_INJECTION}",${SCRIPT_INJECTION},NONE,2`,
      `${codes[1]},433126,古阳镇,白溪\u0000关村,NONE,1`,
    ].join("\n");
    const res = await request(t.app)
      .post("/api/households/import")
      .set("Cookie", admin)
      .attach("file", Buffer.from(csv, "utf8"), "registry.csv");
    expect(res.status, res.text).toBe(200);
    expect(res.body.rejected).toEqual([{ row: 3, reason: expect.stringContaining("空字符") }]);
    const list = await get(`/api/households?code=${encodeURIComponent(codes[0]!)}`);
    expect(list.body.households[0]).toMatchObject({ township: SQL_INJECTION, village: SCRIPT_INJECTION });
    expect(await tablesOf()).toEqual(tablesBefore);
  });
});
