import { describe, expect, it } from "vitest";
import { splitForSpeech } from "./speech-chunks.ts";

describe("splitForSpeech", () => {
  it("keeps short text in one piece", () => {
    expect(splitForSpeech("电焊工。招60人。")).toEqual(["电焊工。招60人。"]);
  });

  it("groups whole sentences up to the limit", () => {
    expect(splitForSpeech("一二三。四五六。七八九。", 8)).toEqual(["一二三。四五六。", "七八九。"]);
  });

  it("cuts an over-long sentence at commas, then at the limit", () => {
    const chunks = splitForSpeech(`${"甲".repeat(6)}，${"乙".repeat(12)}。`, 8);
    expect(chunks.every((chunk) => chunk.length <= 8)).toBe(true);
    expect(chunks.join("")).toBe(`${"甲".repeat(6)}，${"乙".repeat(12)}。`);
  });

  it("loses no text and returns nothing for blank input", () => {
    const text = "中国重汽招聘电焊工。工作地点在济南。每月工资5500到8000元。岗位介绍：车架焊接，持证优先！";
    expect(splitForSpeech(text, 20).join("")).toBe(text);
    expect(splitForSpeech("   ")).toEqual([]);
  });
});
