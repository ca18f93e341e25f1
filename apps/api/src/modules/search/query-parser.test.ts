import { describe, expect, it } from "vitest";
import { createPhraseMatcher } from "./phrase-matcher.ts";
import { type EmployerNames, parseQuery } from "./query-parser.ts";
import { createSoundIndex, NO_SOUNDS } from "./sound-index.ts";

/** Employer short names as the directory hands them over: as written, and by sound. */
function employerNames(aliases: string[]): EmployerNames {
  return { phrases: createPhraseMatcher(aliases), sounds: () => createSoundIndex(aliases, { slips: false }) };
}

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
    const aliases = { phrases: createPhraseMatcher(["山东钢铁", "二机床", "重汽"]), sounds: () => NO_SOUNDS };
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
      readAs: null,
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
      readAs: null,
    };
    expect(parseQuery("")).toEqual(nothing);
    expect(parseQuery("，。 !? ")).toEqual(nothing);
  });

  it("reads a spoken range as its lower end: 五六千", () => {
    expect(parseQuery("五六千").wageFloor).toBe(5000);
    expect(parseQuery("一个月能拿七八千").wageFloor).toBe(7000);
  });
});

describe("parseQuery: spoken sentences", () => {
  it.each([
    ["帮我找个工地上的活，要包住", { families: ["build"], lodgingProvided: true }],
    ["哪里有招保安的，要包吃住", { families: ["guard"], foodProvided: true, lodgingProvided: true }],
    ["一个月能拿六千以上的电工有吗", { families: ["elec"], wageFloor: 6000 }],
    ["我想在长沙找个普工", { families: ["general"], cities: ["长沙"] }],
    ["帮我找一份做饭的活", { families: ["cook"] }],
    ["想去古丈附近打工有什么活", { families: [], cities: ["古丈"] }],
    ["能不能帮我找个包住的电工活儿", { families: ["elec"], lodgingProvided: true }],
    ["给我推荐一下济南的仓库工作", { families: ["store"], cities: ["济南"] }],
    ["俺想找个开叉车的活，最好包吃住", { families: ["fork"], foodProvided: true, lodgingProvided: true }],
  ])("drops the filler of %s and reads the rest", (q, expected) => {
    expect(parseQuery(q)).toMatchObject({ ...expected, words: [], readAs: null });
  });
});

describe("parseQuery: homophone slips", () => {
  it.each([
    ["旱工", "焊工", "weld"],
    ["除师", "厨师", "cook"],
    ["包洁", "保洁", "clean"],
    ["店工", "电工", "elec"],
    ["服物员", "服务员", "serve"],
    ["电汗", "电焊", "weld"],
  ])("reads %s as %s", (q, readAs, family) => {
    expect(parseQuery(q)).toMatchObject({ families: [family], words: [], readAs });
  });

  it("reads places and the rest of the query around them", () => {
    expect(parseQuery("鸡南 旱工 包吃住")).toMatchObject({
      cities: ["济南"],
      families: ["weld"],
      foodProvided: true,
      readAs: "济南 焊工 包吃住",
    });
    expect(parseQuery("帮我找个旱工的活")).toMatchObject({ families: ["weld"], words: [], readAs: "帮我找个焊工的活" });
  });

  it("reads employer short names the index knows by their sound", () => {
    const names = employerNames(["重汽", "蓝思"]);
    expect(parseQuery("兰思", names)).toMatchObject({ employers: ["蓝思"], readAs: "蓝思" });
    expect(parseQuery("重气 焊工", names)).toMatchObject({ employers: ["重汽"], families: ["weld"], readAs: "重汽 焊工" });
  });

  it("reads a one-key slip only when asked: 抄车 (chao che) is 叉车 (cha che)", () => {
    expect(parseQuery("抄车")).toMatchObject({ families: [], words: ["抄车"], readAs: null });
    expect(parseQuery("抄车", undefined, { slips: true })).toMatchObject({ families: ["fork"], readAs: "叉车" });
  });

  it("leaves words as typed when they sound like nothing, name a term of work, or are asked for exactly", () => {
    expect(parseQuery("有色金属")).toMatchObject({ words: ["有色金属"], readAs: null });
    expect(parseQuery("点工 兼职", undefined, { slips: true })).toMatchObject({ families: [], readAs: null });
    expect(parseQuery("旱工", undefined, { exact: true })).toMatchObject({ families: [], words: ["旱工"], readAs: null });
  });

  it("does not choose between words of different sense that sound alike (包间 serve, 保健 beauty)", () => {
    expect(parseQuery("宝剑")).toMatchObject({ families: [], readAs: null });
  });
});

describe("parseQuery: pinyin", () => {
  it.each([
    ["dianhan", "电焊", { families: ["weld"] }],
    ["fuwuyuan", "服务员", { families: ["serve"] }],
    ["baojie", "保洁", { families: ["clean"] }],
    ["guzhang", "古丈", { cities: ["古丈"] }],
    ["jinan baoan", "济南 保安", { cities: ["济南"], families: ["guard"] }],
    ["changshapugong", "长沙 普工", { cities: ["长沙"], families: ["general"] }],
    ["dianhan baochizhu", "电焊 包吃住", { families: ["weld"], foodProvided: true, lodgingProvided: true }],
    ["dian han", "电焊", { families: ["weld"] }],
    ["fwy", "服务员", { families: ["serve"] }],
  ])("reads bare pinyin %s as %s", (q, readAs, expected) => {
    expect(parseQuery(q)).toMatchObject({ ...expected, words: [], readAs });
  });

  it("reads pinyin mixed with characters, keeping the characters as typed", () => {
    expect(parseQuery("济南dianhan")).toMatchObject({ cities: ["济南"], families: ["weld"], readAs: "济南电焊" });
    expect(parseQuery("Baojie 包吃住")).toMatchObject({ families: ["clean"], foodProvided: true, readAs: "保洁 包吃住" });
    expect(parseQuery("dianhan 六千以上")).toMatchObject({ families: ["weld"], wageFloor: 6000, readAs: "电焊 六千以上" });
    expect(parseQuery("我想找dianhan的工作")).toMatchObject({ families: ["weld"], words: [], readAs: "我想找电焊的工作" });
    expect(parseQuery("蓝思pugong", employerNames(["蓝思"]))).toMatchObject({ employers: ["蓝思"], families: ["general"] });
    expect(parseQuery("zhongqi", employerNames(["重汽"]))).toMatchObject({ employers: ["重汽"], readAs: "重汽" });
  });

  it("keeps Latin job words, licences and unknown letters as they are", () => {
    expect(parseQuery("CNC 操作工")).toMatchObject({ families: ["cnc"], readAs: null });
    expect(parseQuery("B2司机")).toMatchObject({ families: ["drive"], readAs: null });
    expect(parseQuery("xyzq")).toMatchObject({ words: ["xyzq"], readAs: null });
  });
});
