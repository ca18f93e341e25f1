import { describe, expect, it } from "vitest";
import { createPhraseMatcher } from "./phrase-matcher.ts";
import { parseQuery } from "./query-parser.ts";

describe("parseQuery", () => {
  it("reads a job word as its family and keeps the word for ranking", () => {
    expect(parseQuery("焊工")).toMatchObject({ families: ["weld"], familyWords: ["焊工"], words: [] });
    expect(parseQuery("做饭").families).toEqual(["cook"]);
    expect(parseQuery("看大门").families).toEqual(["guard"]);
  });

  it("reads places: a city, a city with its suffix, a district, a region", () => {
    expect(parseQuery("济南 焊工")).toMatchObject({ cities: ["济南"], families: ["weld"] });
    expect(parseQuery("长沙市普工")).toMatchObject({ cities: ["长沙"], families: ["general"] });
    expect(parseQuery("章丘 缝纫").cities).toEqual(["济南"]);
    expect(parseQuery("湘西").cities.sort()).toEqual(["保靖", "凤凰", "古丈", "吉首", "永顺", "泸溪", "花垣", "龙山"].sort());
  });

  it.each([
    ["包吃住", true, true],
    ["包吃包住", true, true],
    ["提供食宿", true, true],
    ["管吃管住", true, true],
    ["包住", false, true],
    ["免费住宿", false, true],
    ["包吃", true, false],
    ["管饭", true, false],
  ])("reads %s as food %s, lodging %s", (q, food, lodging) => {
    const parsed = parseQuery(q);
    expect([parsed.foodProvided, parsed.lodgingProvided]).toEqual([food, lodging]);
    expect(parsed.words).toEqual([]);
  });

  it.each([
    ["6000", 6000],
    ["月薪8000", 8000],
    ["工资 8000以上", 8000],
    ["8k", 8000],
    ["5K起", 5000],
    ["六千以上", 6000],
    ["一万二", 12000],
    ["1.2万", 12000],
    ["6000-8000", 6000],
    ["６０００", 6000],
    ["6000元", 6000],
    ["月薪过万", 10000],
  ])("reads %s as a wage floor of %d", (q, floor) => {
    const parsed = parseQuery(q);
    expect(parsed.wageFloor).toBe(floor);
    expect(parsed.words).toEqual([]);
  });

  it("reads the seeker's age, and never as a wage", () => {
    expect(parseQuery("45岁 保洁")).toMatchObject({ age: 45, wageFloor: null, families: ["clean"], words: [] });
    expect(parseQuery("50岁以下").age).toBe(50);
  });

  it("does not read ages, hours, small numbers or licence classes as wages", () => {
    expect(parseQuery("45岁").wageFloor).toBeNull();
    expect(parseQuery("24小时").wageFloor).toBeNull();
    expect(parseQuery("2000人").wageFloor).toBeNull();
    expect(parseQuery("B2司机")).toMatchObject({ wageFloor: null, families: ["drive"] });
  });

  it("reads employer kinds", () => {
    expect(parseQuery("国企 电工")).toMatchObject({ employerKinds: ["SOE"], families: ["elec"] });
    expect(parseQuery("事业单位").employerKinds).toEqual(["PUBLIC"]);
  });

  it("reads employer short names the index knows before places and job words", () => {
    const aliases = createPhraseMatcher(["山东钢铁", "二机床", "重汽"]);
    expect(parseQuery("二机床", aliases)).toMatchObject({ employers: ["二机床"], families: [] });
    expect(parseQuery("山东钢铁 焊工", aliases)).toMatchObject({ employers: ["山东钢铁"], cities: [], families: ["weld"] });
    expect(parseQuery("济南重汽", aliases)).toMatchObject({ employers: ["重汽"], cities: ["济南"] });
    expect(parseQuery("二机床").families).toEqual(["cnc"]);
  });

  it("reads everything at once and leaves the unknown words", () => {
    expect(parseQuery("济南 焊工 包吃住 月薪6000 学徒 齐鲁")).toEqual({
      cities: ["济南"],
      foodProvided: true,
      lodgingProvided: true,
      wageFloor: 6000,
      age: null,
      employerKinds: [],
      employers: [],
      families: ["weld"],
      familyWords: ["焊工", "学徒"],
      words: ["齐鲁"],
    });
  });

  it("drops filler around the words that matter", () => {
    expect(parseQuery("我想找个做饭的工作")).toMatchObject({ families: ["cook"], words: [] });
    expect(parseQuery("在济南有没有保安")).toMatchObject({ cities: ["济南"], families: ["guard"], words: [] });
    expect(parseQuery("有色金属").words).toEqual(["有色金属"]);
  });

  it("reads each word group's own family: 电工 焊工 asks for either", () => {
    expect(parseQuery("电工 焊工").families).toEqual(["elec", "weld"]);
  });

  it("reads an empty or punctuation-only query as nothing", () => {
    const nothing = {
      cities: [],
      foodProvided: false,
      lodgingProvided: false,
      wageFloor: null,
      age: null,
      employerKinds: [],
      employers: [],
      families: [],
      familyWords: [],
      words: [],
    };
    expect(parseQuery("")).toEqual(nothing);
    expect(parseQuery("，。 !? ")).toEqual(nothing);
  });
});
