import { describe, expect, it } from "vitest";
import { DICTIONARY_SOUNDS } from "./dictionary-sounds.ts";
import { applyReplacements, findSoundAlike, findSoundReplacements, isKeySlip, readPinyinLetters } from "./sound-alikes.ts";

describe("isKeySlip", () => {
  it("is one key too many or one missing, the first letter kept", () => {
    expect(isKeySlip("chao", "cha")).toBe(true);
    expect(isKeySlip("ca", "cha")).toBe(true);
    expect(isKeySlip("cha", "cha")).toBe(false);
    expect(isKeySlip("zha", "cha")).toBe(false);
    // A wrong key in place of the right one is not read: 兼职 (jian zhi) is not 建筑 (jian zhu).
    expect(isKeySlip("zhi", "zhu")).toBe(false);
  });
});

describe("findSoundAlike", () => {
  it("finds the dictionary word with the same toneless syllables, whatever the characters", () => {
    expect(findSoundAlike("旱工", DICTIONARY_SOUNDS, { slips: false })).toBe("焊工");
    expect(findSoundAlike("鸡南", DICTIONARY_SOUNDS, { slips: false })).toBe("济南");
  });

  it("finds a slip only when asked", () => {
    expect(findSoundAlike("抄车", DICTIONARY_SOUNDS, { slips: false })).toBeNull();
    expect(findSoundAlike("抄车", DICTIONARY_SOUNDS, { slips: true })).toBe("叉车");
  });
});

describe("readPinyinLetters", () => {
  it("splits a run of letters into the fewest dictionary words", () => {
    expect(readPinyinLetters("jinanbaoan", DICTIONARY_SOUNDS)).toEqual(["济南", "保安"]);
    expect(readPinyinLetters("dianhanbaochizhu", DICTIONARY_SOUNDS)).toEqual(["电焊", "包吃住"]);
  });

  it("reads first letters of words of three or more characters, when only one word has them", () => {
    expect(readPinyinLetters("fwy", DICTIONARY_SOUNDS)).toEqual(["服务员"]);
    expect(readPinyinLetters("zjj", DICTIONARY_SOUNDS)).toEqual(["张家界"]);
  });

  it("reads nothing from letters that spell no dictionary words", () => {
    expect(readPinyinLetters("xyzq", DICTIONARY_SOUNDS)).toBeNull();
    expect(readPinyinLetters("dianhanx", DICTIONARY_SOUNDS)).toBeNull();
  });
});

describe("findSoundReplacements", () => {
  it("replaces only words the parser left unknown, in place", () => {
    const text = "cnc 济南dianhan";
    const replacements = findSoundReplacements(text, ["dianhan"], DICTIONARY_SOUNDS, { slips: false });
    expect(applyReplacements(text, replacements)).toBe("cnc 济南电焊");
  });

  it("reads spaced syllables together when they mean nothing alone", () => {
    const text = "dian han gong";
    expect(applyReplacements(text, findSoundReplacements(text, ["dian", "han", "gong"], DICTIONARY_SOUNDS, { slips: false }))).toBe(
      "电焊工",
    );
  });

  it("finds a homophone inside a longer unknown stretch", () => {
    const text = "想干旱工";
    expect(applyReplacements(text, findSoundReplacements(text, ["想干旱工"], DICTIONARY_SOUNDS, { slips: false }))).toContain("焊工");
  });
});
