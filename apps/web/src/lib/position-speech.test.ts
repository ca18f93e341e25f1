import { describe, expect, it } from "vitest";
import { buildPositionSpeech, type SpeakablePosition } from "./position-speech.ts";

const welder: SpeakablePosition = {
  title: "电焊工",
  description: "车架及结构件焊接，持焊工证优先",
  city: "济南",
  employerName: "中国重型汽车集团有限公司",
  wageMin: 5500,
  wageMax: 8000,
  openings: 60,
  foodProvided: true,
  lodgingProvided: true,
  ageMin: 20,
  ageMax: 45,
  gender: "MALE",
  fairTitles: ["古丈专场招聘会"],
};

describe("buildPositionSpeech", () => {
  it("reads the job in the order a seeker asks, with numbers a speech engine reads well", () => {
    expect(buildPositionSpeech(welder)).toBe(
      "中国重型汽车集团有限公司招聘电焊工。工作地点在济南。每月工资5500到8000元。招60人。包吃包住。" +
        "年龄要求20到45岁。只招男性。参加古丈专场招聘会。岗位介绍：车架及结构件焊接，持焊工证优先。",
    );
  });

  it("never contains separators or dashes that are read out literally", () => {
    const text = buildPositionSpeech({ ...welder, wageMin: 12000, wageMax: 15000 });
    expect(text).toContain("每月工资12000到15000元");
    expect(text).not.toMatch(/[,–]/);
  });

  it("leaves out what the position does not say", () => {
    const text = buildPositionSpeech({
      ...welder,
      employerName: null,
      wageMin: 4000,
      wageMax: 4000,
      foodProvided: false,
      lodgingProvided: true,
      ageMin: null,
      ageMax: null,
      gender: "ANY",
      fairTitles: [],
      description: "  ",
    });
    expect(text).toBe("岗位：电焊工。工作地点在济南。每月工资4000元。招60人。包住，不包吃。男女不限。");
  });

  it("keeps the description's own final punctuation", () => {
    expect(buildPositionSpeech({ ...welder, description: "手脚勤快即可！" })).toMatch(/岗位介绍：手脚勤快即可！$/);
  });
});
