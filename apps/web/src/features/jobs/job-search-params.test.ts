import { describe, expect, it } from "vitest";
import {
  cleanQuery,
  EMPTY_FILTERS,
  getRelaxations,
  hasPersonalNumber,
  type JobFilters,
  parseJobFilters,
  toPageParams,
  toSearchApiParams,
} from "./job-search-params.ts";

const FAIR_ID = "0b6a3c1e-3b1a-4d6a-9a51-2f8a3c1d9e10";

const full: JobFilters = {
  q: "焊工",
  exact: false,
  city: "济南",
  foodAndLodging: true,
  wageMin: 6000,
  employerKind: "SOE",
  fairId: FAIR_ID,
};

describe("page URL ↔ filters", () => {
  it("round-trips every filter", () => {
    const params = toPageParams(full);
    expect(params.toString()).toBe(
      `q=${encodeURIComponent("焊工")}&city=${encodeURIComponent("济南")}&bao=1&wage=6000&kind=SOE&fairId=${FAIR_ID}`,
    );
    expect(parseJobFilters(params)).toEqual(full);
  });

  it("keeps the words-as-typed flag with its words, and only with them", () => {
    const typed = { ...full, q: "旱工", exact: true };
    const params = toPageParams(typed);
    expect(params.get("exact")).toBe("1");
    expect(parseJobFilters(params)).toEqual(typed);
    expect(toPageParams({ ...typed, q: "" }).has("exact")).toBe(false);
    expect(parseJobFilters(new URLSearchParams("exact=1")).exact).toBe(false);
  });

  it("writes nothing for the empty board", () => {
    expect(toPageParams(EMPTY_FILTERS).toString()).toBe("");
    expect(parseJobFilters(new URLSearchParams())).toEqual(EMPTY_FILTERS);
  });

  it("ignores malformed values instead of failing", () => {
    const parsed = parseJobFilters(new URLSearchParams("wage=abc&kind=BANK&fairId=../x&bao=yes&city=%20%20"));
    expect(parsed).toEqual(EMPTY_FILTERS);
    expect(parseJobFilters(new URLSearchParams("wage=-5")).wageMin).toBeNull();
    expect(parseJobFilters(new URLSearchParams("wage=0")).wageMin).toBeNull();
  });

  it("keeps ID and phone numbers out of the URL", () => {
    const params = toPageParams({ ...EMPTY_FILTERS, q: "焊工 43312619900101123X 13812345678" });
    expect(params.get("q")).toBe("焊工");
    expect(params.toString()).not.toMatch(/\d{6}/);
    // A shared link that carries one is cleaned when read, too.
    expect(parseJobFilters(new URLSearchParams("q=13812345678")).q).toBe("");
  });
});

describe("cleanQuery / hasPersonalNumber", () => {
  it("keeps job words and short numbers", () => {
    expect(cleanQuery("  包吃住   电焊工 ")).toBe("包吃住 电焊工");
    expect(cleanQuery("C1驾照 5000")).toBe("C1驾照 5000");
    expect(hasPersonalNumber("C1驾照 5000")).toBe(false);
  });

  it("detects and drops long digit runs", () => {
    expect(hasPersonalNumber("433126199001011234")).toBe(true);
    expect(cleanQuery("厨师13812345678")).toBe("厨师");
  });

  it("bounds the length", () => {
    expect(cleanQuery("焊".repeat(80))).toHaveLength(50);
  });
});

describe("toSearchApiParams", () => {
  it("maps the chips to the contract's query fields", () => {
    const params = toSearchApiParams(full, { limit: 20, offset: 40 });
    expect(Object.fromEntries(params)).toEqual({
      q: "焊工",
      city: "济南",
      foodProvided: "true",
      lodgingProvided: "true",
      wageMin: "6000",
      fairId: FAIR_ID,
      employerKind: "SOE",
      limit: "20",
      offset: "40",
    });
  });

  it("asks for the words as typed when the board does", () => {
    const params = toSearchApiParams({ ...EMPTY_FILTERS, q: "旱工", exact: true }, { limit: 20, offset: 0 });
    expect(Object.fromEntries(params)).toEqual({ q: "旱工", exact: "1", limit: "20", offset: "0" });
  });

  it("sends only paging for the empty board", () => {
    expect(toSearchApiParams(EMPTY_FILTERS, { limit: 20, offset: 0 }).toString()).toBe("limit=20&offset=0");
  });
});

describe("getRelaxations", () => {
  it("suggests dropping each filter, then the words", () => {
    const labels = getRelaxations({ ...full, fairId: null }).map((r) => r.label);
    expect(labels).toEqual(["不限工资", "不限包吃住", "不限城市", "不限单位类型", "清除搜索词"]);
    const withoutWage = getRelaxations(full)[0]?.filters;
    expect(withoutWage).toEqual({ ...full, wageMin: null });
  });

  it("has nothing to drop on a plain search", () => {
    expect(getRelaxations({ ...EMPTY_FILTERS, q: "潜水员" })).toEqual([]);
  });
});
