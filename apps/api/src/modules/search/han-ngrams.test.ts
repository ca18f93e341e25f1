import { describe, expect, it } from "vitest";
import { buildHanNgrams, listHanRuns } from "./han-ngrams.ts";

describe("Han n-grams", () => {
  it("splits text into runs of Han characters, skipping Latin, digits and punctuation", () => {
    expect(listHanRuns("CNC操作工（两班倒）B2驾驶员")).toEqual(["操作工", "两班倒", "驾驶员"]);
  });

  it("indexes every 2- and 3-character substring, so 焊工 is found inside 氩弧焊工", () => {
    const grams = buildHanNgrams(["氩弧焊工"]);
    expect(grams.sort()).toEqual(["弧焊", "弧焊工", "氩弧", "氩弧焊", "焊工"].sort());
    expect(buildHanNgrams(["电焊工"])).toContain("焊工");
  });

  it("never joins characters across a break, and drops duplicates", () => {
    const grams = buildHanNgrams(["普工 普工", "包装"]);
    expect(grams).toEqual(["普工", "包装"]);
    expect(buildHanNgrams(["焊 工"])).toEqual([]);
  });

  it("takes the sizes asked for", () => {
    expect(buildHanNgrams(["叉车司机"], [4])).toEqual(["叉车司机"]);
  });
});
