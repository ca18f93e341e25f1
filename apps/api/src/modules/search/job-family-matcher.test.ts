import { describe, expect, it } from "vitest";
import { familyToken, JOB_FAMILIES } from "./job-families.ts";
import { findFamilyMatches, isFamilyTerm, readFamilies } from "./job-family-matcher.ts";

const keys = (families: readonly { key: string }[]) => families.map((f) => f.key);

describe("the job-family dictionary", () => {
  it("covers many kinds of work with distinct, token-safe keys", () => {
    expect(JOB_FAMILIES.length).toBeGreaterThanOrEqual(40);
    const all = keys(JOB_FAMILIES);
    expect(new Set(all).size).toBe(all.length);
    for (const key of all) expect(key).toMatch(/^[a-y]+$/);
  });

  it("gives tokens no family's token starts with another's (Meilisearch matches the last query word as a prefix)", () => {
    const tokens = JOB_FAMILIES.map((f) => familyToken(f.key));
    for (const a of tokens) for (const b of tokens) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });

  it("has no empty or blank words, and no family without words", () => {
    for (const family of JOB_FAMILIES) {
      expect(family.terms.length).toBeGreaterThan(0);
      for (const term of family.terms) expect(term.trim()).toBe(term);
    }
  });
});

describe("reading job families", () => {
  it.each([
    ["电焊工", "weld"],
    ["氩弧焊工", "weld"],
    ["焊接操作工", "weld"],
    ["做饭", "cook"],
    ["炊事员", "cook"],
    ["门卫", "guard"],
    ["叉车司机", "fork"],
    ["物流配送司机", "drive"],
    ["B2驾驶员", "drive"],
    ["电子装配工", "elex"],
    ["装配工", "general"],
    ["CNC操作工", "cnc"],
    ["维修电工", "elec"],
    ["家政服务员", "home"],
    ["失能老人护理员", "care"],
    ["猕猴桃种植技术员", "farm"],
    ["茶园管理员", "tea"],
    ["仓库管理员", "store"],
    ["前厅接待员", "serve"],
    ["食品包装工", "pack"],
  ])("%s is a %s job", (title, family) => {
    expect(keys(readFamilies(title).primary)).toEqual([family]);
  });

  it("lets a trade win over generic words: 焊接操作工 is not a general-worker job", () => {
    const reading = readFamilies("焊接操作工");
    expect(keys(reading.primary)).toEqual(["weld"]);
    expect(keys(reading.all)).toContain("general");
  });

  it("hides words lying inside a longer dictionary word", () => {
    expect(findFamilyMatches("电焊工").map((m) => m.term)).toEqual(["电焊工"]);
    expect(findFamilyMatches("母婴护理").map((m) => m.term)).toEqual(["母婴护理"]);
  });

  it("matches Latin words case-insensitively but only as whole words", () => {
    expect(keys(readFamilies("cnc").primary)).toEqual(["cnc"]);
    expect(readFamilies("AB23").all).toEqual([]);
  });

  it("reads a word that belongs to two families as both (车工 sews clothes or turns metal)", () => {
    expect(keys(readFamilies("车工").primary).sort()).toEqual(["cnc", "sew"]);
  });

  it("knows nothing of words outside the dictionary", () => {
    expect(readFamilies("重汽").all).toEqual([]);
    expect(isFamilyTerm("保安")).toBe(true);
    expect(isFamilyTerm("浪潮")).toBe(false);
  });
});
