// GET /api/search/positions against the real Meilisearch: filters, facets, wageMin
// semantics, paging, Chinese job words, validation, and 503 when the engine is gone.
// Positions are written straight through the PositionIndex (the outbox path has its own tests).
import crypto from "node:crypto";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findFreePort } from "../../infra/free-port.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { buildPositionDocument, type PositionForIndex } from "./index.ts";

let t: TestApp;
const fairA = crypto.randomUUID();
const fairB = crypto.randomUUID();
const sinotruk = { id: crypto.randomUUID(), name: "中国重汽集团济南卡车股份有限公司", shortName: null, kind: "SOE" as const, city: "济南" };
const lens = { id: crypto.randomUUID(), name: "蓝思科技股份有限公司", shortName: null, kind: "PRIVATE" as const, city: "长沙" };
const care = { id: crypto.randomUUID(), name: "济南康乐养老服务中心", shortName: "康乐养老", kind: "PUBLIC" as const, city: "济南" };

function position(title: string, fields: Partial<PositionForIndex> = {}): PositionForIndex {
  return {
    id: crypto.randomUUID(),
    title,
    description: `${title}，岗前培训。`,
    tags: [],
    openings: 3,
    wageMin: 4000,
    wageMax: 5000,
    city: "济南",
    foodProvided: false,
    lodgingProvided: false,
    ageMin: null,
    ageMax: null,
    gender: "ANY",
    status: "OPEN",
    updatedAt: new Date(),
    employer: sinotruk,
    fairIds: [fairA],
    ...fields,
  };
}

const p = {
  welder: position("电焊工", { wageMin: 6000, wageMax: 8000, foodProvided: true, lodgingProvided: true }),
  argon: position("氩弧焊工", { wageMin: 3000, wageMax: 6500, lodgingProvided: true }),
  cook: position("厨师", { employer: care, wageMax: 5900, foodProvided: true, fairIds: [fairA, fairB] }),
  guard: position("保安员", { employer: care, description: "门岗值守，联系电话13812345678" }),
  assembler: position("电子装配工", { employer: lens, city: "长沙", wageMax: 7200, fairIds: [fairB] }),
  packer: position("包装工", { employer: lens, city: "长沙", foodProvided: true, lodgingProvided: true, fairIds: [fairB] }),
};
const all = Object.values(p);

interface Body {
  hits: { id: string; title: string; wageMin: number; wageMax: number; city: string; foodProvided: boolean; lodgingProvided: boolean }[];
  total: number;
  facets: { city: Record<string, number>; employerKind: Record<string, number> };
}

async function search(params: Record<string, string>): Promise<Body> {
  const res = await request(t.app).get("/api/search/positions").query(params);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Body;
}
const titles = (body: Body) => body.hits.map((h) => h.title).sort();

beforeAll(async () => {
  t = await createTestApp();
  await t.positionIndex.ensureReady();
  await t.positionIndex.upsert(all);
}, 180_000);
afterAll(async () => {
  await t.search.deleteIndex(t.positionIndex.uid).waitTask({ timeout: 120_000 });
  await t.close();
});

// Index writes wait for Meilisearch tasks, which queue behind every other test file's on a
// busy machine: generous timeouts, never sleeps.
const SLOW = { timeout: 180_000 };

describe("GET /api/search/positions", SLOW, () => {
  it("answers the contract's shape with facets on city and employer kind", async () => {
    const body = await search({});
    expect(body.total).toBe(all.length);
    expect(Object.keys(body.hits[0]!).sort()).toEqual(
      [
        "id",
        "title",
        "employerName",
        "employerKind",
        "city",
        "wageMin",
        "wageMax",
        "openings",
        "foodProvided",
        "lodgingProvided",
        "fairIds",
      ].sort(),
    );
    expect(body.facets).toEqual({ city: { 济南: 4, 长沙: 2 }, employerKind: { SOE: 2, PUBLIC: 2, PRIVATE: 2 } });
  });

  it("finds a job across its forms: 焊工 → 电焊工 and 氩弧焊工; 做饭 → 厨师", async () => {
    expect(titles(await search({ q: "焊工" }))).toEqual(["氩弧焊工", "电焊工"]);
    expect(titles(await search({ q: "做饭" }))).toEqual(["厨师"]);
  });

  it("reads places, food and lodging, wages and employer short names in the query", async () => {
    expect(titles(await search({ q: "长沙 包装" }))).toEqual(["包装工"]);
    expect(titles(await search({ q: "包吃住" }))).toEqual(["包装工", "电焊工"]);
    expect(titles(await search({ q: "焊工 包住" }))).toEqual(["氩弧焊工", "电焊工"]);
    expect(titles(await search({ q: "月薪7000" }))).toEqual(["电子装配工", "电焊工"]);
    expect(titles(await search({ q: "蓝思" }))).toEqual(["包装工", "电子装配工"]);
    expect(titles(await search({ q: "康乐养老 保安" }))).toEqual(["保安员"]);
  });

  it("says which wage floor it read from the words (月薪5000以上 → 5000), applied as the wageMin filter is", async () => {
    const words = (await request(t.app).get("/api/search/positions").query({ q: "月薪5000以上" })).body;
    expect(words.understood).toEqual({ wageMin: 5000 });
    const filtered = await search({ wageMin: "5000" });
    expect(titles(words)).toEqual(titles(filtered));
    for (const hit of words.hits as { wageMax: number }[]) expect(hit.wageMax).toBeGreaterThanOrEqual(5000);
    expect((await request(t.app).get("/api/search/positions").query({ q: "焊工" })).body.understood).toEqual({ wageMin: null });
  });

  it("reads homophone slips and pinyin, says so in interpretedAs, and searches the words as typed with exact", async () => {
    const slip = (await request(t.app).get("/api/search/positions").query({ q: "旱工" })).body;
    expect(slip.interpretedAs).toBe("焊工");
    expect(titles(slip)).toEqual(["氩弧焊工", "电焊工"]);
    const pinyin = (await request(t.app).get("/api/search/positions").query({ q: "changsha baozhuang" })).body;
    expect(pinyin.interpretedAs).toBe("长沙 包装");
    expect(titles(pinyin)).toEqual(["包装工"]);
    expect((await request(t.app).get("/api/search/positions").query({ q: "兰思" })).body.interpretedAs).toBe("蓝思");
    const typed = (await request(t.app).get("/api/search/positions").query({ q: "旱工", exact: "1" })).body;
    expect(typed).toMatchObject({ total: 0, interpretedAs: null });
    expect((await request(t.app).get("/api/search/positions").query({ q: "焊工" })).body.interpretedAs).toBeNull();
  });

  it("reads a one-key slip (戳师, chuo shi, for 厨师, chu shi) when the words as typed find nothing", async () => {
    const slip = (await request(t.app).get("/api/search/positions").query({ q: "济南 戳师" })).body;
    expect(slip.interpretedAs).toBe("济南 厨师");
    expect(titles(slip)).toEqual(["厨师"]);
    // As typed, 戳师 matches nothing, so the search falls back to what else the words say: 济南.
    const typed = (await request(t.app).get("/api/search/positions").query({ q: "济南 戳师", exact: "true" })).body;
    expect(typed.interpretedAs).toBeNull();
    expect(titles(typed)).toEqual(["保安员", "厨师", "氩弧焊工", "电焊工"]);
  });

  it("keeps positions whose wageMax reaches wageMin, whatever their own wageMin", async () => {
    const body = await search({ wageMin: "6000" });
    expect(titles(body)).toEqual(["氩弧焊工", "电子装配工", "电焊工"]);
    for (const hit of body.hits) expect(hit.wageMax).toBeGreaterThanOrEqual(6000);
    expect(titles(await search({ wageMin: "5901" }))).not.toContain("厨师");
  });

  it("filters by fair, city, employer kind, food and lodging", async () => {
    expect(titles(await search({ fairId: fairB }))).toEqual(["包装工", "厨师", "电子装配工"]);
    expect(titles(await search({ city: "长沙市" }))).toEqual(["包装工", "电子装配工"]);
    expect(titles(await search({ employerKind: "PUBLIC" }))).toEqual(["保安员", "厨师"]);
    expect(titles(await search({ foodProvided: "true", lodgingProvided: "false" }))).toEqual(["厨师"]);
    expect(titles(await search({ lodgingProvided: "true", city: "济南" }))).toEqual(["氩弧焊工", "电焊工"]);
    const faceted = await search({ fairId: fairB });
    expect(faceted.facets.city).toEqual({ 济南: 1, 长沙: 2 });
  });

  it("pages through the results without overlap", async () => {
    const first = await search({ limit: "4", offset: "0" });
    const second = await search({ limit: "4", offset: "4" });
    expect(first.hits).toHaveLength(4);
    expect(second.hits).toHaveLength(2);
    expect(first.total).toBe(6);
    expect(second.total).toBe(6);
    const ids = [...first.hits, ...second.hits].map((h) => h.id);
    expect(new Set(ids).size).toBe(6);
  });

  it("drops a position once it is closed or removed", async () => {
    const temp = position("叉车司机");
    await t.positionIndex.upsert([temp]);
    expect(titles(await search({ q: "叉车" }))).toEqual(["叉车司机"]);
    await t.positionIndex.upsert([{ ...temp, status: "CLOSED" }]);
    expect((await search({ q: "叉车" })).total).toBe(0);
    await t.positionIndex.upsert([temp]);
    await t.positionIndex.remove([temp.id]);
    expect((await search({ q: "叉车" })).total).toBe(0);
  });

  it("keeps phone numbers out of the index", async () => {
    const document = await t.search.index(t.positionIndex.uid).getDocument(p.guard.id);
    expect(JSON.stringify(document)).not.toContain("13812345678");
  });

  it.each([
    [{ unknown: "1" }],
    [{ limit: "0" }],
    [{ limit: "101" }],
    [{ offset: "-1" }],
    [{ foodProvided: "yes" }],
    [{ wageMin: "lots" }],
    [{ fairId: "not-a-uuid" }],
    [{ employerKind: "STATE" }],
    [{ q: "焊".repeat(101) }],
  ])("refuses bad parameters %j with 400", async (params) => {
    const res = await request(t.app).get("/api/search/positions").query(params);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
  });

  it("treats quotes and filter syntax in values as plain text", async () => {
    expect((await search({ city: `济南" OR city = "长沙` })).total).toBe(0);
    // The quote and the filter words change nothing: the same two welders as 焊工 alone.
    expect(titles(await search({ q: `焊工" OR status = "CLOSED` }))).toEqual(["氩弧焊工", "电焊工"]);
  });
});

describe("when Meilisearch is unreachable", SLOW, () => {
  let down: TestApp;
  beforeAll(async () => {
    down = await createTestApp({ meili: { url: `http://127.0.0.1:${await findFreePort()}`, key: "no-such-key-0123456789" } });
  });
  afterAll(async () => {
    await down.close();
  });

  it("answers 503 SEARCH_UNAVAILABLE, and the rest of the API keeps working", async () => {
    const res = await request(down.app).get("/api/search/positions").query({ q: "焊工" });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ code: "SEARCH_UNAVAILABLE" });
    expect(typeof res.body.error.requestId).toBe("string");

    const noText = await request(down.app).get("/api/search/positions");
    expect(noText.status).toBe(503);

    const health = await request(down.app).get("/api/health");
    expect(health.status).toBe(200);
    expect(health.body.search).toBe("degraded");
    expect((await request(down.app).get("/api/fairs")).status).toBe(200);
  });
});

describe("when Meilisearch refuses our key", SLOW, () => {
  it("answers 503 SEARCH_UNAVAILABLE rather than an internal error", async () => {
    const refused = await createTestApp({ meili: { url: inject("meiliUrl"), key: "not-the-master-key-0123456789" } });
    try {
      const res = await request(refused.app).get("/api/search/positions").query({ q: "保安" });
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe("SEARCH_UNAVAILABLE");
    } finally {
      await refused.close();
    }
  });
});

describe("full rebuild", SLOW, () => {
  it("tells documents built by another dictionary apart, so a deployment knows to rebuild", async () => {
    expect(await t.positionIndex.countStale()).toBe(0);
    const old = { ...buildPositionDocument(position("旧文档")), indexVersion: "an-older-build" };
    await t.search.index(t.positionIndex.uid).addDocuments([old]).waitTask({ timeout: 120_000 });
    expect(await t.positionIndex.countStale()).toBe(1);
    await t.positionIndex.remove([old.id]);
    expect(await t.positionIndex.countStale()).toBe(0);
  });

  it("swaps in a fresh index holding exactly the given open positions", async () => {
    const keep = [p.welder, p.cook, { ...p.guard, status: "CLOSED" as const }];
    await t.positionIndex.replaceAll(keep);
    expect(titles(await search({}))).toEqual(["厨师", "电焊工"]);
    const { results } = await t.search.getIndexes({ limit: 1000 });
    expect(results.filter((i) => i.uid.startsWith(`${t.positionIndex.uid}__rebuild`))).toEqual([]);
    await t.positionIndex.replaceAll(all);
    expect((await search({})).total).toBe(all.length);
  });
});
