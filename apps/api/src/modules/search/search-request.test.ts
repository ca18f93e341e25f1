import { describe, expect, it } from "vitest";
import { familyToken } from "./job-families.ts";
import { parseQuery } from "./query-parser.ts";
import { buildSearchRequest, listLooserReadings, quoteFilterValue, relaxQuery } from "./search-request.ts";

const base = { limit: 20, offset: 0 };

describe("buildSearchRequest", () => {
  it("searches the family token first, then free words, then the literal job words", () => {
    const request = buildSearchRequest(base, parseQuery("重汽 焊工"));
    expect(request.q).toBe(`${familyToken("weld")} 重汽 焊工`);
    expect(request.matchingStrategy).toBe("last");
  });

  it("orders a family by pay alone when the query states a wage", () => {
    const request = buildSearchRequest(base, parseQuery("焊工 7000"));
    expect(request.q).toBe(familyToken("weld"));
    expect(request.sort).toEqual(["wageMin:desc"]);
  });

  it("turns the API parameters into filters; wageMin keeps wageMax >= N", () => {
    const request = buildSearchRequest(
      {
        ...base,
        city: "济南市",
        foodProvided: true,
        lodgingProvided: false,
        wageMin: 6000,
        fairId: "5b7e3c1a-2d4f-4a6b-8c9d-0e1f2a3b4c5d",
        employerKind: "SOE",
      },
      parseQuery(""),
    );
    expect(request.filter).toEqual([
      `status = "OPEN"`,
      `fairIds = "5b7e3c1a-2d4f-4a6b-8c9d-0e1f2a3b4c5d"`,
      `cityKey = "济南"`,
      `employerKind = "SOE"`,
      "foodProvided = true",
      "lodgingProvided = false",
      "wageMax >= 6000",
    ]);
    expect(request.q).toBe("");
    expect(request.sort).toEqual(["updatedAt:desc"]);
  });

  it("turns what the query states into filters, and a stated wage into best-paid first", () => {
    const request = buildSearchRequest(base, parseQuery("湘西 包吃住 6000 国企"));
    expect(request.filter).toContain("foodProvided = true");
    expect(request.filter).toContain("lodgingProvided = true");
    expect(request.filter).toContain("wageMax >= 6000");
    expect(request.filter).toContain(`employerKind = "SOE"`);
    expect(request.filter.find((f) => f.startsWith("cityKey IN"))).toContain(`"古丈"`);
    expect(request.sort).toEqual(["wageMin:desc"]);
  });

  it("keeps positions whose age range admits a stated age, or that state none", () => {
    const request = buildSearchRequest(base, parseQuery("45岁"));
    expect(request.filter).toContain("ageMin IS NULL OR ageMin <= 45");
    expect(request.filter).toContain("ageMax IS NULL OR ageMax >= 45");
  });

  it("lets an explicit API flag win over the query's words", () => {
    const request = buildSearchRequest({ ...base, lodgingProvided: false }, parseQuery("包住"));
    expect(request.filter).toContain("lodgingProvided = false");
    expect(request.filter).not.toContain("lodgingProvided = true");
  });

  it("asks for any of several families with a filter", () => {
    const request = buildSearchRequest(base, parseQuery("电工 焊工"));
    expect(request.filter).toContain(`familyKeys IN ["elec", "weld"]`);
    expect(request.q).toBe("");
  });

  it("quotes filter values so no input can change the filter", () => {
    expect(quoteFilterValue(`济南" OR status = "CLOSED`)).toBe(`"济南\\" OR status = \\"CLOSED"`);
    expect(quoteFilterValue("a\\")).toBe(`"a\\\\"`);
  });

  it("asks for the facets and pages it was given", () => {
    const request = buildSearchRequest({ limit: 5, offset: 10 }, parseQuery("保安"));
    expect(request).toMatchObject({ facets: ["city", "employerKind"], limit: 5, offset: 10, locales: ["cmn"] });
  });
});

describe("relaxQuery", () => {
  it("drops free words first, then searches job words as plain text", () => {
    const parsed = { ...parseQuery("焊工"), words: ["活"] };
    const [withoutWords, asText] = relaxQuery(parsed);
    expect(withoutWords).toMatchObject({ families: ["weld"], words: [] });
    expect(asText).toMatchObject({ families: [], words: ["活", "焊工"] });
  });

  it("drops words that match nothing when the query states a condition too", () => {
    expect(relaxQuery({ ...parseQuery("6000"), words: ["元宝"] })).toEqual([{ ...parseQuery("6000"), words: [] }]);
  });

  it("has nothing looser for plain text", () => {
    expect(relaxQuery(parseQuery("有色金属"))).toEqual([]);
  });
});

describe("listLooserReadings", () => {
  it("tries a one-key slip first, then the looser readings of the query as read", () => {
    const parsed = parseQuery("济南 抄车");
    const withSlips = parseQuery("济南 抄车", undefined, { slips: true });
    const readings = listLooserReadings(parsed, withSlips);
    expect(readings[0]).toMatchObject({ families: ["fork"], readAs: "济南 叉车" });
    expect(readings.slice(1)).toEqual(relaxQuery(parsed));
  });

  it("adds no slip reading when slips read the query no differently", () => {
    const parsed = parseQuery("旱工");
    expect(listLooserReadings(parsed, parseQuery("旱工", undefined, { slips: true }))).toEqual(relaxQuery(parsed));
    expect(listLooserReadings(parsed, null)).toEqual(relaxQuery(parsed));
  });
});
