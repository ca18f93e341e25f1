// Reads the words of a query that the dictionary does not know by how they sound: a
// homophone or a one-key slip of a dictionary word (旱工 → 焊工, 抄车 → 叉车) and bare
// pinyin (dianhan → 电焊, jinan baoan → 济南 保安, fwy → 服务员). Pure: it only proposes
// replacements in the query text; the parser reads the replaced text as usual.
import { toSyllableChoices } from "./pinyin.ts";
import { PLAIN_WORDS } from "./query-vocabulary.ts";
import { type SoundIndex, syllableKey } from "./sound-index.ts";

export interface Replacement {
  start: number;
  end: number;
  word: string;
}

/** `shorter` is `longer` with one letter left out. */
function isOneDeletion(longer: string, shorter: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

/**
 * Whether a typed syllable is the meant one with one key too many or one missing (chao for
 * cha, ca for cha); the first letter, typed first and looked at, is the same. A wrong key
 * instead of the right one is not read: vowels sit side by side (u i o), so it would turn
 * real words into others (兼职 into 建筑).
 */
export function isKeySlip(typed: string, meant: string): boolean {
  if (typed[0] !== meant[0]) return false;
  return isOneDeletion(typed, meant) || isOneDeletion(meant, typed);
}

const MAX_READINGS = 32;

/** The ways a word can be read, its characters' usual readings first (bounded). */
function listReadings(word: string): string[][] {
  let readings: string[][] = [[]];
  for (const choices of toSyllableChoices(word)) {
    if (choices.length === 0) return [];
    readings = readings.flatMap((prefix) => choices.map((c) => [...prefix, c])).slice(0, MAX_READINGS);
  }
  return readings;
}

/** The one word found by the first reading that finds any; none when that reading finds several. */
function pickFirstReading(readings: readonly string[][], find: (syllables: string[]) => readonly string[]): string | null {
  for (const syllables of readings) {
    const found = find(syllables);
    if (found.length > 0) return found.length === 1 ? found[0]! : null;
  }
  return null;
}

/**
 * The dictionary word a Han word sounds like: the same syllables, else (with `slips`) one
 * key off in one syllable. Null when none, or when several words fit equally.
 */
export function findSoundAlike(word: string, sounds: SoundIndex, options: { slips: boolean }): string | null {
  const readings = listReadings(word);
  const same = pickFirstReading(readings, (s) => sounds.bySyllables(syllableKey(s)));
  if (same || !options.slips) return same;
  // A slip is read from the characters' usual readings only: a second reading and a slip together reach too far.
  return pickFirstReading(readings.slice(0, 1), (syllables) => {
    const found: string[] = [];
    syllables.forEach((typed, i) => {
      const mask = syllableKey(syllables.map((s, j) => (j === i ? "*" : s)));
      for (const entry of sounds.bySlipMask(mask))
        if (isKeySlip(typed, entry.syllable) && !found.includes(entry.word)) found.push(entry.word);
    });
    return found;
  });
}

const INITIALS_ONLY = /^[bcdfghjklmnpqrstwxyz]{3,}$/;

/**
 * Dictionary words spelled by a run of pinyin letters, fewest words first
 * (dianhanbaochizhu → 电焊 包吃住); letters without vowels are first letters (fwy → 服务员).
 */
export function readPinyinLetters(letters: string, sounds: SoundIndex): string[] | null {
  if (INITIALS_ONLY.test(letters)) {
    const found = sounds.byInitials(letters);
    return found.length === 1 ? [found[0]!] : null;
  }
  // best[i]: the fewest words spelling letters[0, i), and the last of them.
  const best: ({ count: number; from: number; word: string } | null)[] = new Array(letters.length + 1).fill(null);
  best[0] = { count: 0, from: 0, word: "" };
  for (let from = 0; from < letters.length; from++) {
    const here = best[from];
    if (!here) continue;
    for (let to = from + 2; to <= Math.min(letters.length, from + sounds.longestLetters); to++) {
      const word = sounds.byLetters(letters.slice(from, to))[0];
      const there = best[to];
      if (word && (!there || there.count > here.count + 1)) best[to] = { count: here.count + 1, from, word };
    }
  }
  if (!best[letters.length]) return null;
  const words: string[] = [];
  for (let at = letters.length; at > 0; at = best[at]!.from) words.unshift(best[at]!.word);
  return words;
}

const PLAIN = new Set(PLAIN_WORDS);

/** Han stretches inside a word the dictionary did not know, read whole, or in known-sounding parts. */
function readHanRun(run: string, sounds: SoundIndex, slips: boolean): Replacement[] {
  const chars = Array.from(run);
  if (PLAIN.has(run)) return [];
  const whole = findSoundAlike(run, sounds, { slips: slips && chars.length <= 4 });
  if (whole) return [{ start: 0, end: run.length, word: whole }];
  // Inside a longer stretch (想干旱工) only exact homophones, longest first.
  const found: Replacement[] = [];
  for (let i = 0; i < chars.length - 1; ) {
    let step = 1;
    for (let size = Math.min(4, chars.length - i); size >= 2; size--) {
      const part = chars.slice(i, i + size).join("");
      const word = PLAIN.has(part) ? null : findSoundAlike(part, sounds, { slips: false });
      if (word) {
        const start = chars.slice(0, i).join("").length;
        found.push({ start, end: start + part.length, word });
        step = size;
        break;
      }
    }
    i += step;
  }
  return found;
}

const LATIN_RUN = /(?<![a-z0-9])[a-z]+(?:\s+[a-z]+)*(?![a-z0-9])/g;
const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** Adds a replacement unless it overlaps one already chosen. */
function addReplacement(list: Replacement[], next: Replacement): void {
  if (!list.some((r) => r.start < next.end && next.start < r.end)) list.push(next);
}

/** Pinyin tokens (one, or several spaced apart, read alone or run together). */
function readLatinRuns(text: string, leftovers: readonly string[], sounds: SoundIndex, into: Replacement[]): void {
  for (const run of text.matchAll(LATIN_RUN)) {
    const tokens = [...run[0].matchAll(/[a-z]+/g)].map((m) => ({ start: run.index + m.index, letters: m[0] }));
    const unknown = tokens.filter((t) => leftovers.some((w) => w.includes(t.letters)));
    const readings = unknown.map((t) => ({ token: t, words: readPinyinLetters(t.letters, sounds) }));
    if (unknown.length > 1 && unknown.length === tokens.length && readings.some((r) => !r.words)) {
      const together = readPinyinLetters(tokens.map((t) => t.letters).join(""), sounds);
      if (together) {
        addReplacement(into, { start: run.index, end: run.index + run[0].length, word: together.join(" ") });
        continue;
      }
    }
    for (const { token, words } of readings) {
      if (words) addReplacement(into, { start: token.start, end: token.start + token.letters.length, word: words.join(" ") });
    }
  }
}

/**
 * Where the query's unknown words (`leftovers`, as the parser left them) sound like
 * dictionary words: replacements in `text`, in text order. Empty when none does.
 * `slips`: also read a whole word of two to four characters one key off.
 */
export function findSoundReplacements(
  text: string,
  leftovers: readonly string[],
  sounds: SoundIndex,
  options: { slips: boolean },
): Replacement[] {
  const found: Replacement[] = [];
  readLatinRuns(text, leftovers, sounds, found);
  for (const word of leftovers) {
    for (const run of word.match(HAN_RUN) ?? []) {
      for (const part of readHanRun(run, sounds, options.slips)) {
        for (let at = text.indexOf(run); at !== -1; at = text.indexOf(run, at + run.length)) {
          addReplacement(found, { start: at + part.start, end: at + part.end, word: part.word });
        }
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text with the replacements made (they must not overlap). */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  let out = "";
  let from = 0;
  for (const r of replacements) {
    out += text.slice(from, r.start) + r.word;
    from = r.end;
  }
  return out + text.slice(from);
}
