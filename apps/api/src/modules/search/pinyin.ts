// The one place that turns Chinese characters into pinyin (pinyin-pro). Search compares
// pinyin without tones, with ü written v, as people type it on a phone keyboard.
import { pinyin } from "pinyin-pro";

const HAN = /\p{Script=Han}/u;

/** The toneless syllables of a word as it is read (重汽 → zhong qi: polyphones read in context). */
export function toSyllables(word: string): string[] {
  return pinyin(word, { toneType: "none", type: "array", v: true, nonZh: "removed" }).filter(Boolean);
}

/**
 * Every toneless reading of each character (行 → xing, hang). A slip on a pinyin keyboard
 * picks a character by one of its readings, not necessarily the one its word would use.
 */
export function toSyllableChoices(word: string): string[][] {
  return Array.from(word).map((char) => {
    if (!HAN.test(char)) return [];
    const readings = pinyin(char, { toneType: "none", type: "array", multiple: true, v: true });
    return [...new Set(readings.filter(Boolean))];
  });
}

/** Full pinyin and first letters of a text, as index words: 焊工学徒 → hangongxuetu hgxt. */
export function toPinyinWords(text: string): string[] {
  const words: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const syllables = toSyllables(run);
    if (syllables.length === 0) continue;
    words.push(syllables.join(""));
    if (syllables.length > 1) words.push(syllables.map((s) => s[0]).join(""));
  }
  return [...new Set(words)];
}
