// Dictionary words by how they sound: toneless pinyin, first letters, and one-key slips.
// A seeker on a pinyin keyboard who picks the wrong candidate types a word that sounds the
// same (旱工 for 焊工); one who hits a key too many or a neighbouring key types a word one
// letter off in one syllable (抄车, chao che, for 叉车, cha che); one who cannot pick
// characters leaves the letters (dianhan). Built once per word list; lookups are map reads.
import { toSyllables } from "./pinyin.ts";

export interface SlipEntry {
  word: string;
  /** The syllable the mask hides, to compare with what was typed there. */
  syllable: string;
}

export interface SoundIndex {
  /** Words read exactly so, syllables joined by ' (han'gong). */
  bySyllables(key: string): readonly string[];
  /** Words whose pinyin is these letters (hangong). */
  byLetters(letters: string): readonly string[];
  /** Words of three or more characters whose syllables start with these letters (fwy → 服务员). */
  byInitials(letters: string): readonly string[];
  /** Words read so with one syllable masked by * (han'*). Empty where slips are not read. */
  bySlipMask(key: string): readonly SlipEntry[];
  /** The longest letters key, to bound a split of a run of pinyin. */
  longestLetters: number;
}

const NONE: readonly never[] = [];

export function syllableKey(syllables: readonly string[]): string {
  return syllables.join("'");
}

/**
 * Indexes words of two or more characters (one syllable alone sounds like too much).
 * `slips`: also find these words from a one-letter slip (the fixed dictionary, not the
 * thousands of employer names). `senseOf`: words of the same sense that sound alike are one
 * answer, not a choice (电焊 and 点焊 are both welding: the first is kept).
 */
export function createSoundIndex(words: Iterable<string>, options: { slips: boolean; senseOf?: (word: string) => string }): SoundIndex {
  const senseOf = options.senseOf ?? ((word: string) => word);
  function push(map: Map<string, string[]>, key: string, word: string): void {
    const list = map.get(key);
    if (!list) map.set(key, [word]);
    else if (!list.some((w) => senseOf(w) === senseOf(word))) list.push(word);
  }
  const syllableMap = new Map<string, string[]>();
  const letterMap = new Map<string, string[]>();
  const initialMap = new Map<string, string[]>();
  const slipMap = new Map<string, SlipEntry[]>();
  let longestLetters = 0;
  for (const word of new Set(words)) {
    const syllables = toSyllables(word);
    // Only whole Han words: a Latin term (CNC) or a mixed one is matched as written.
    if (syllables.length < 2 || syllables.length !== Array.from(word).length) continue;
    push(syllableMap, syllableKey(syllables), word);
    const letters = syllables.join("");
    push(letterMap, letters, word);
    longestLetters = Math.max(longestLetters, letters.length);
    if (syllables.length >= 3) push(initialMap, syllables.map((s) => s[0]).join(""), word);
    if (options.slips) {
      syllables.forEach((syllable, i) => {
        const masked = syllables.map((s, j) => (j === i ? "*" : s));
        const key = syllableKey(masked);
        const list = slipMap.get(key) ?? [];
        if (!list.some((e) => senseOf(e.word) === senseOf(word) && e.syllable === syllable)) list.push({ word, syllable });
        slipMap.set(key, list);
      });
    }
  }
  return {
    bySyllables: (key) => syllableMap.get(key) ?? NONE,
    byLetters: (letters) => letterMap.get(letters) ?? NONE,
    byInitials: (letters) => initialMap.get(letters) ?? NONE,
    bySlipMask: (key) => slipMap.get(key) ?? NONE,
    longestLetters,
  };
}

/** Several indexes read as one, earlier ones first (the dictionary before employer names). */
export function combineSoundIndexes(...indexes: readonly SoundIndex[]): SoundIndex {
  const all = <T>(read: (index: SoundIndex) => readonly T[]): readonly T[] => {
    const found: T[] = [];
    for (const index of indexes) for (const item of read(index)) if (!found.includes(item)) found.push(item);
    return found;
  };
  return {
    bySyllables: (key) => all((i) => i.bySyllables(key)),
    byLetters: (letters) => all((i) => i.byLetters(letters)),
    byInitials: (letters) => all((i) => i.byInitials(letters)),
    bySlipMask: (key) => all((i) => i.bySlipMask(key)),
    longestLetters: Math.max(0, ...indexes.map((i) => i.longestLetters)),
  };
}

export const NO_SOUNDS: SoundIndex = createSoundIndex([], { slips: false });
