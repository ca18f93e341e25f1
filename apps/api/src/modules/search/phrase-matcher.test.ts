import { describe, expect, it } from "vitest";
import { createPhraseMatcher, NO_PHRASES } from "./phrase-matcher.ts";

describe("phrase matcher", () => {
  it("finds the longest phrase at each position, left to right, without overlaps", () => {
    const matcher = createPhraseMatcher(["包吃", "包吃住", "包住", "济南", "济南市"]);
    expect(matcher.findAll("济南市包吃住，包住")).toEqual([
      { phrase: "济南市", start: 0, end: 3 },
      { phrase: "包吃住", start: 3, end: 6 },
      { phrase: "包住", start: 7, end: 9 },
    ]);
  });

  it("finds nothing in text without the phrases, and nothing with no phrases", () => {
    expect(createPhraseMatcher(["重汽"]).findAll("焊工")).toEqual([]);
    expect(createPhraseMatcher(["", "重汽"]).findAll("重汽")).toHaveLength(1);
    expect(NO_PHRASES.findAll("重汽")).toEqual([]);
  });
});
