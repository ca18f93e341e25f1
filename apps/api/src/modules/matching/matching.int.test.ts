import crypto from "node:crypto";
import { createSeededRandom, generateIdNumber, generatePhone } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../lib/logger.ts";
import { createSearchSync } from "../../runtime/search-sync.ts";
import { createEmployer, createHousehold, createSeeker, createUser } from "../../testing/factories.ts";
import { signIn } from "../../testing/sign-in.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { createOutboxRelay } from "../outbox/index.ts";
import { createPositionIndexHandlers, createPositionsRepository, createReadyPositionIndex, POSITION_CHANGED } from "../positions/index.ts";
import { createMatchingRepository, createSeekerIndex, createSeekerIndexHandlers, SEEKER_DOCUMENT_FIELDS } from "./index.ts";
import { ageOn, toDayNumber } from "./match-scoring.ts";

let t: TestApp;
let staff: string;
let ownerCookie: string;
let otherCookie: string;
const random = createSeededRandom(20260520);
const ids: Record<string, string> = {};
const rawNumbers: string[] = [];
const names: string[] = [];

type PositionInput = {
  title: string;
  city?: string;
  gender?: "ANY" | "MALE" | "FEMALE";
  ageMin?: number | null;
  ageMax?: number | null;
  wageMin?: number;
  wageMax?: number;
  lodgingProvided?: boolean;
};

async function addPosition(employerId: string, input: PositionInput): Promise<string> {
  const row = await t.db.position.create({
    data: {
      employerId,
      title: input.title,
      description: "岗位说明",
      openings: 3,
      wageMin: input.wageMin ?? 4000,
      wageMax: input.wageMax ?? 6000,
      city: input.city ?? "济南",
      foodProvided: true,
      lodgingProvided: input.lodgingProvided ?? false,
      ageMin: input.ageMin ?? null,
      ageMax: input.ageMax ?? null,
      gender: input.gender ?? "ANY",
      tags: [],
    },
  });
  return row.id;
}

async function addSeeker(input: {
  gender: "MALE" | "FEMALE";
  birthDate: string;
  skills?: string[];
  jobFamilies?: string[];
  preferredCities?: string[];
  expectedWageMin?: number;
  needsLodging?: boolean;
  householdCode?: string;
}): Promise<string> {
  const idNumber = generateIdNumber({ regionCode: "433126", birthDate: input.birthDate, gender: input.gender }, random);
  const phone = generatePhone(random);
  const name = `匹配测试${crypto.randomBytes(3).toString("hex")}`;
  const { gender: _gender, birthDate: _birthDate, ...profile } = input;
  const res = await request(t.app)
    .post("/api/seekers")
    .set("Cookie", staff)
    .send({ name, idNumber, phone, consent: true, ...profile });
  expect(res.status).toBe(201);
  rawNumbers.push(idNumber, phone);
  names.push(name);
  return res.body.seeker.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const owner = await createEmployer(t.db);
  const other = await createEmployer(t.db);
  const s = await createUser(t.db, { role: "STAFF" });
  const o = await createUser(t.db, { role: "EMPLOYER", employerId: owner.id });
  const x = await createUser(t.db, { role: "EMPLOYER", employerId: other.id });
  staff = await signIn(t.app, s.username, s.password);
  ownerCookie = await signIn(t.app, o.username, o.password);
  otherCookie = await signIn(t.app, x.username, x.password);
  const poor = await createHousehold(t.db, { povertyStatus: "REGISTERED_POOR" });

  ids.weld = await addPosition(owner.id, { title: "电焊工", wageMin: 6000, wageMax: 8000, lodgingProvided: true, ageMin: 18, ageMax: 45 });
  ids.male = await addPosition(owner.id, { title: "叉车司机", gender: "MALE", city: "青岛" });
  ids.female = await addPosition(owner.id, { title: "缝纫工", gender: "FEMALE", city: "长沙" });
  ids.senior = await addPosition(owner.id, { title: "小区保安", ageMin: 50, ageMax: 65 });
  ids.closed = await addPosition(owner.id, { title: "氩弧焊工", wageMin: 9000, wageMax: 12000, lodgingProvided: true });
  const titles = ["普工", "仓管员", "厨师", "质检员", "电工", "司机", "包装工"];
  const extra: string[] = [];
  for (let i = 0; i < 24; i++) {
    const ageMin = random() < 0.5 ? null : 18 + Math.floor(random() * 25);
    extra.push(
      await addPosition(random() < 0.5 ? owner.id : other.id, {
        title: titles[i % titles.length]!,
        city: ["济南", "长沙", "吉首"][i % 3],
        gender: (["ANY", "MALE", "FEMALE"] as const)[Math.floor(random() * 3)],
        ageMin,
        ageMax: random() < 0.5 ? null : (ageMin ?? 18) + Math.floor(random() * 20),
        wageMin: 3000 + i * 100,
        wageMax: 5000 + i * 100,
        lodgingProvided: random() < 0.5,
      }),
    );
  }

  ids.welder = await addSeeker({
    gender: "MALE",
    birthDate: "1990-06-01",
    skills: ["电焊"],
    preferredCities: ["济南市"],
    expectedWageMin: 5000,
    needsLodging: true,
    householdCode: poor.code,
  });
  ids.woman = await addSeeker({ gender: "FEMALE", birthDate: "1995-03-10", skills: ["缝纫"], preferredCities: ["长沙"] });
  ids.elder = await addSeeker({ gender: "MALE", birthDate: "1968-01-20", skills: ["保安"] });
  for (let i = 0; i < 16; i++) {
    await addSeeker({
      gender: random() < 0.5 ? "MALE" : "FEMALE",
      birthDate: `19${60 + Math.floor(random() * 45)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      skills: [titles[i % titles.length]!],
      preferredCities: [["济南", "长沙", "吉首"][i % 3]!],
      expectedWageMin: 3000 + Math.floor(random() * 4000),
    });
  }

  // A man of 36 who wants to weld, and the same man who has not said what he wants. The care
  // job is in his city, pays more and gives lodging: without the wish it would come first.
  ids.weld2 = await addPosition(other.id, { title: "二保焊工", city: "青岛", wageMin: 6000, wageMax: 7000 });
  ids.care = await addPosition(other.id, { title: "养老护理员", city: "长沙", wageMin: 7000, wageMax: 9000, lodgingProvided: true });
  const man36 = {
    gender: "MALE" as const,
    birthDate: bornYearsAgo(36),
    preferredCities: ["长沙"],
    expectedWageMin: 6000,
    needsLodging: true,
  };
  ids.wantsWelding = await addSeeker({ ...man36, jobFamilies: ["焊工"] });
  ids.undecided = await addSeeker(man36);

  // Positions were written directly: index them with the real outbox handler. Seekers were
  // registered through the API: their seeker.changed events are drained by a real relay.
  const positionHandlers = createPositionIndexHandlers({
    positions: createPositionsRepository(t.db),
    index: createReadyPositionIndex(t.positionIndex),
  });
  await positionHandlers[POSITION_CHANGED]!({ topic: POSITION_CHANGED, aggregateIds: Object.values(ids).concat(extra), events: [] });
  const relay = createOutboxRelay({
    db: t.db,
    handlers: createSeekerIndexHandlers({ matching: createMatchingRepository(t.db), index: t.seekerIndex }),
    logger: createLogger("warn"),
    instanceId: "matching-test",
  });
  while ((await relay.drainOnce()).claimed > 0);
  // Closed after indexing and never re-indexed: only the database knows.
  await t.db.position.update({ where: { id: ids.closed }, data: { status: "CLOSED" } });
}, 60_000);
afterAll(() => t.close());

const get = (path: string, cookie: string) => request(t.app).get(path).set("Cookie", cookie);

/** A birth date (yyyy-mm-dd) that makes someone `years` old today, with two months to spare. */
function bornYearsAgo(years: number): string {
  const day = new Date();
  day.setUTCFullYear(day.getUTCFullYear() - years, day.getUTCMonth() - 2, 1);
  return day.toISOString().slice(0, 10);
}

describe("GET /api/matches/seekers/:id", () => {
  it("ranks the welder's trade first, with every reason, and never a position he may not take", async () => {
    const res = await get(`/api/matches/seekers/${ids.welder}?limit=50`, staff);
    expect(res.status).toBe(200);
    const [first] = res.body.matches;
    expect(first.positionId).toBe(ids.weld);
    expect(first.reasons).toEqual([
      "技能匹配：焊工",
      "意向城市：济南",
      "月薪 6000–8000 元，高于期望 5000 元",
      "需要住宿，岗位包住",
      "建档立卡户优先",
    ]);
    const matched = res.body.matches.map((m: { positionId: string }) => m.positionId);
    expect(matched).not.toContain(ids.female);
    expect(matched).not.toContain(ids.senior);
    expect(matched).not.toContain(ids.closed);
    expect(matched).toContain(ids.male);
  });

  it("respects limit, validates it, and answers 404 for an unknown seeker", async () => {
    expect((await get(`/api/matches/seekers/${ids.welder}?limit=2`, staff)).body.matches).toHaveLength(2);
    expect((await get(`/api/matches/seekers/${ids.welder}?limit=0`, staff)).status).toBe(400);
    expect((await get(`/api/matches/seekers/${ids.welder}?size=3`, staff)).status).toBe(400);
    expect((await get(`/api/matches/seekers/${crypto.randomUUID()}`, staff)).status).toBe(404);
  });

  it("is for admins and staff only", async () => {
    expect((await request(t.app).get(`/api/matches/seekers/${ids.welder}`)).status).toBe(401);
    expect((await get(`/api/matches/seekers/${ids.welder}`, ownerCookie)).status).toBe(403);
  });
});

describe("GET /api/matches/positions/:id", () => {
  it("proposes only women for a women-only position, and only the old enough for a senior one", async () => {
    const women = await get(`/api/matches/positions/${ids.female}?limit=50`, staff);
    expect(women.status).toBe(200);
    expect(women.body.matches[0].seekerId).toBe(ids.woman);
    expect(women.body.matches[0].reasons).toContain("技能匹配：缝纫/制衣");
    const rows = await t.db.seeker.findMany({ where: { id: { in: women.body.matches.map((m: { seekerId: string }) => m.seekerId) } } });
    expect(rows.every((r) => r.gender === "FEMALE")).toBe(true);

    const seniors = await get(`/api/matches/positions/${ids.senior}?limit=50`, staff);
    expect(seniors.body.matches.map((m: { seekerId: string }) => m.seekerId)).toContain(ids.elder);
    expect(seniors.body.matches.map((m: { seekerId: string }) => m.seekerId)).not.toContain(ids.welder);
  });

  it("gives a closed position nobody", async () => {
    expect((await get(`/api/matches/positions/${ids.closed}`, staff)).body).toEqual({ matches: [] });
  });

  it("lets the owning employer see its position's matches; another employer gets 404", async () => {
    const own = await get(`/api/matches/positions/${ids.weld}?limit=3`, ownerCookie);
    expect(own.status).toBe(200);
    expect(own.body.matches.length).toBeLessThanOrEqual(3);
    expect(own.body.matches[0].seekerId).toBe(ids.welder);
    expect((await get(`/api/matches/positions/${ids.weld}`, otherCookie)).status).toBe(404);
    expect((await get(`/api/matches/positions/${crypto.randomUUID()}`, staff)).status).toBe(404);
  });
});

describe("what the seeker wants to do (jobFamilies)", () => {
  type Match = { positionId: string; reasons: string[] };

  it("shows a 36-year-old man who wants 焊工 the welding positions first, not 养老护理员", async () => {
    const res = await get(`/api/matches/seekers/${ids.wantsWelding}?limit=50`, staff);
    expect(res.status).toBe(200);
    const order = (res.body.matches as Match[]).map((m) => m.positionId);
    expect(order.slice(0, 2).sort()).toEqual([ids.weld, ids.weld2].sort());
    expect(order.indexOf(ids.care!)).toBeGreaterThan(1);
    expect(order).not.toContain(ids.closed);
    for (const match of (res.body.matches as Match[]).slice(0, 2)) expect(match.reasons[0]).toBe("想做焊工");
    expect((res.body.matches as Match[]).find((m) => m.positionId === ids.care)!.reasons).not.toContain("想做焊工");

    // The same man without the wish: the better-paid care job in his city comes first.
    const undecided = await get(`/api/matches/seekers/${ids.undecided}?limit=50`, staff);
    expect(undecided.body.matches[0].positionId).toBe(ids.care);
  });

  it("proposes the man who wants to weld first for a welding position, saying so", async () => {
    const res = await get(`/api/matches/positions/${ids.weld2}?limit=50`, staff);
    expect(res.status).toBe(200);
    expect(res.body.matches[0]).toMatchObject({ seekerId: ids.wantsWelding, reasons: expect.arrayContaining(["想做焊工"]) });
    expect(res.body.matches[0].reasons[0]).toBe("想做焊工");
  });
});

describe("hard constraints on real data", () => {
  it("never pairs a seeker with a closed, wrong-gender or out-of-age position, either way", async () => {
    const today = toDayNumber(new Date());
    const seekers = await t.db.seeker.findMany();
    const positions = new Map((await t.db.position.findMany()).map((p) => [p.id, p]));
    const dayOf = (d: Date) => d.getUTCFullYear() * 10_000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
    let pairs = 0;
    for (const seeker of seekers) {
      const res = await get(`/api/matches/seekers/${seeker.id}?limit=50`, staff);
      for (const match of res.body.matches as { positionId: string; reasons: string[] }[]) {
        const p = positions.get(match.positionId)!;
        const age = ageOn(dayOf(seeker.birthDate), today);
        expect(p.status).toBe("OPEN");
        expect(p.gender === "ANY" || p.gender === seeker.gender).toBe(true);
        expect(p.ageMin === null || age >= p.ageMin).toBe(true);
        expect(p.ageMax === null || age <= p.ageMax).toBe(true);
        pairs++;
      }
    }
    for (const position of positions.values()) {
      const res = await get(`/api/matches/positions/${position.id}?limit=50`, staff);
      for (const match of res.body.matches as { seekerId: string }[]) {
        const seeker = seekers.find((s) => s.id === match.seekerId)!;
        const age = ageOn(dayOf(seeker.birthDate), today);
        expect(position.status).toBe("OPEN");
        expect(position.gender === "ANY" || position.gender === seeker.gender).toBe(true);
        expect(position.ageMin === null || age >= position.ageMin).toBe(true);
        expect(position.ageMax === null || age <= position.ageMax).toBe(true);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(50);
  });
});

describe("the seekers index", () => {
  it("holds no name, ID or phone number: only the matching fields", async () => {
    const { results } = await t.search.index(t.seekerIndex.uid).getDocuments({ limit: 1000, fields: ["*"] });
    expect(results.length).toBe(await t.db.seeker.count());
    const dump = JSON.stringify(results);
    for (const doc of results) expect(Object.keys(doc).every((k) => (SEEKER_DOCUMENT_FIELDS as readonly string[]).includes(k))).toBe(true);
    for (const secret of [...rawNumbers, ...names]) expect(dump).not.toContain(secret);
  });
});

describe("start-up catch-up", () => {
  it("fills an empty seekers index from the database (seekers written without events), and leaves a filled one alone", async () => {
    const direct = await createSeeker(t.db, t.fieldCrypto, { gender: "FEMALE", birthDate: "1992-04-04" });
    const index = createSeekerIndex(t.search, { uid: `${t.seekerIndex.uid}_catchup` });
    const sync = createSearchSync({
      db: t.db,
      search: t.search,
      index: t.positionIndex,
      seekerIndex: index,
      logger: createLogger("silent"),
    });
    const stored = await t.db.seeker.count();
    expect(await sync.seekers!.catchUp()).toMatchObject({ mode: "rebuild", documents: stored, queued: 0 });
    expect(await index.count()).toBe(stored);
    const doc = await t.search.index(index.uid).getDocument(direct.id, { fields: ["*"] });
    expect(doc).toMatchObject({ id: direct.id, gender: "FEMALE", birthDay: 19920404 });
    expect(await sync.seekers!.catchUp()).toMatchObject({ mode: "reconcile", documents: 0, queued: 0 });
    await t.search.deleteIndex(index.uid).waitTask();
  });
});
