// Query understanding: reads what a seeker typed or said (济南 焊工 包吃住 月薪6000, 帮我找个
// 工地上的活) into the conditions it states and the kinds of work it names; words the
// dictionary does not know are read by their sound when they sound like a dictionary word
// (旱工 → 焊工, dianhan → 电焊), and the answer says so. Pure: no I/O.
import { DICTIONARY_SOUNDS } from "./dictionary-sounds.ts";
import { getFamily, readFamilies } from "./job-family-matcher.ts";
import { createPhraseMatcher, NO_PHRASES, type PhraseMatcher } from "./phrase-matcher.ts";
import { PLACE_NAMES } from "./places.ts";
import type { EmployerKind } from "./position-index.types.ts";
import { BENEFITS, CHINESE_DIGITS, EMPLOYER_KIND_WORDS, FILLER_PHRASES } from "./query-vocabulary.ts";
import { applyReplacements, findSoundReplacements } from "./sound-alikes.ts";
import { combineSoundIndexes, NO_SOUNDS, type SoundIndex } from "./sound-index.ts";

export interface ParsedQuery {
  /** Cities the query names (a region names all its cities); any of them will do. */
  cities: string[];
  foodProvided: boolean;
  lodgingProvided: boolean;
  /** The lowest monthly wage the seeker states (6000, 月薪8000, 8k, 六千以上). */
  wageFloor: number | null;
  /** The seeker's age when stated (45岁): positions whose age range admits it. */
  age: number | null;
  employerKinds: EmployerKind[];
  /** Employer short names the query names whole (重汽, 二机床), from the index's directory. */
  employers: string[];
  /** Job family keys the query names, each read from one word group. */
  families: string[];
  /** The words that named those families, kept to rank literal matches first. */
  familyWords: string[];
  /** Whatever is left: employer names, skills, words outside the dictionary. */
  words: string[];
  /** The query as read when words were read by their sound (旱工 → "焊工"); null when read as typed. */
  readAs: string | null;
}

/** The employer short names the index knows: as written, and by sound (see employer-directory.ts). */
export interface EmployerNames {
  phrases: PhraseMatcher;
  sounds(): SoundIndex;
}

export const NO_EMPLOYER_NAMES: EmployerNames = { phrases: NO_PHRASES, sounds: () => NO_SOUNDS };

export interface ParseOptions {
  /** Read the words as typed: no homophones, no pinyin (the board's 仍然搜索 link). */
  exact?: boolean;
  /**
   * Also read a one-key slip (抄车 → 叉车). Looser than a homophone, so the search asks for
   * it only when the words as read find nothing: a real word (技术) usually finds itself.
   */
  slips?: boolean;
}

const GAP = " ";
const MIN_WAGE = 800;
const MAX_WAGE = 200_000;

/** Cuts every phrase the matcher finds out of the text, reporting each one. */
function cutPhrases(text: string, matcher: PhraseMatcher, onFound: (phrase: string) => void): string {
  const found = matcher.findAll(text);
  if (found.length === 0) return text;
  let out = "";
  let from = 0;
  for (const match of found) {
    onFound(match.phrase);
    out += `${text.slice(from, match.start)}${GAP}`;
    from = match.end;
  }
  return out + text.slice(from);
}

const BENEFIT_MATCHER = createPhraseMatcher(BENEFITS.map((b) => b.phrase));
const PLACE_MATCHER = createPhraseMatcher(PLACE_NAMES.map((p) => p.name));
const KIND_MATCHER = createPhraseMatcher(EMPLOYER_KIND_WORDS.map((w) => w.phrase));

function readChineseNumber(lead: string, unit: string, tail: string | undefined): number | null {
  const leadValue = CHINESE_DIGITS[lead];
  if (leadValue === undefined) return null;
  const scale = unit === "万" ? 10_000 : 1_000;
  const tailValue = tail ? (CHINESE_DIGITS[tail] ?? 0) : 0;
  return leadValue * scale + (tailValue * scale) / 10;
}

const ARABIC_WAGE = /(^|[^a-z0-9.])(\d+(?:\.\d+)?)\s*(k|千|w|万)?(\d)?(?!\d)(?!\s*(?:岁|小时|个|人|天|年|号|班|次|周|日|km|公里))/gi;
// 六千, 一万二, and a spoken range 五六千 (its lower end).
const CHINESE_WAGE = /([一二两三四五六七八九])([一二两三四五六七八九])?(千|万)([一二两三四五六七八九])?/g;

const AGE = /(\d{2})\s*周?岁(?:以下|以内|以上|左右)?/g;
const ROUND_WAN = /[过上破]万/g;

/** Wage amounts stated in the text, and the text without them. */
function cutWages(text: string): { text: string; wages: number[] } {
  const wages: number[] = [];
  let out = text.replace(ROUND_WAN, () => {
    wages.push(10_000);
    return GAP;
  });
  out = out.replace(ARABIC_WAGE, (whole, before: string, digits: string, unit: string | undefined, tail: string | undefined) => {
    const base = Number(digits);
    const scale = unit ? (/[k千]/i.test(unit) ? 1_000 : 10_000) : 1;
    const amount = base * scale + (unit && tail ? (Number(tail) * scale) / 10 : 0);
    if (amount < MIN_WAGE || amount > MAX_WAGE) return whole;
    wages.push(Math.round(amount));
    return `${before}${GAP}`;
  });
  out = out.replace(CHINESE_WAGE, (whole, lead: string, upper: string | undefined, unit: string, tail: string | undefined) => {
    // 五六千: from five thousand; a tail after a range (五六千二) is not a way to say a wage.
    const amount = upper && tail ? null : readChineseNumber(lead, unit, tail);
    if (amount === null || amount < MIN_WAGE) return whole;
    wages.push(amount);
    return GAP;
  });
  return { text: out, wages };
}

const SINGLE_FILLERS = new Set(FILLER_PHRASES.filter((p) => p.length === 1));
const MULTI_FILLER_MATCHER = createPhraseMatcher(FILLER_PHRASES.filter((p) => p.length > 1));

/** Drops filler at the edges of a word group: 找 and 的 in 找焊工的, but not 有 inside 有色金属. */
function trimFiller(chunk: string): string {
  let out = chunk;
  let changed = true;
  while (changed && out.length > 0) {
    changed = false;
    const chars = Array.from(out);
    if (SINGLE_FILLERS.has(chars[0]!)) {
      out = chars.slice(1).join("");
      changed = true;
    } else if (SINGLE_FILLERS.has(chars[chars.length - 1]!)) {
      out = chars.slice(0, -1).join("");
      changed = true;
    }
  }
  return out;
}

function splitChunks(text: string): string[] {
  return text
    .split(/[\s,，。、;；:：!！?？/|+＋()（）【】[\]"'“”‘’~～·-]+/u)
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * Reads a query. `employers` finds the employer short names the index knows. Unless
 * `exact`, words left unknown that sound like a dictionary word are read as that word,
 * and `readAs` shows the query so read.
 */
export function parseQuery(raw: string, employers: EmployerNames = NO_EMPLOYER_NAMES, options: ParseOptions = {}): ParsedQuery {
  const shown = raw.normalize("NFKC").trim();
  const text = shown.toLowerCase();
  const asTyped = readText(text, employers.phrases);
  if (options.exact || asTyped.words.length === 0) return asTyped;
  const sounds = combineSoundIndexes(DICTIONARY_SOUNDS, employers.sounds());
  const replacements = findSoundReplacements(text, asTyped.words, sounds, { slips: options.slips ?? false });
  if (replacements.length === 0) return asTyped;
  // Lower-casing keeps offsets for the text people type; if it did not, show the lower-case form.
  const readAs = applyReplacements(shown.length === text.length ? shown : text, replacements);
  return { ...readText(applyReplacements(text, replacements), employers.phrases), readAs };
}

/** Reads normalised, lower-case text as it stands. */
function readText(normalized: string, employerAliases: PhraseMatcher): ParsedQuery {
  const parsed: ParsedQuery = {
    cities: [],
    foodProvided: false,
    lodgingProvided: false,
    wageFloor: null,
    age: null,
    employerKinds: [],
    employers: [],
    families: [],
    familyWords: [],
    words: [],
    readAs: null,
  };
  let text = normalized;

  text = cutPhrases(text, BENEFIT_MATCHER, (phrase) => {
    const benefit = BENEFITS.find((b) => b.phrase === phrase)!;
    parsed.foodProvided ||= benefit.food;
    parsed.lodgingProvided ||= benefit.lodging;
  });

  text = text.replace(AGE, (_whole, years: string) => {
    parsed.age = Number(years);
    return GAP;
  });

  const wages = cutWages(text);
  text = wages.text;
  if (wages.wages.length > 0) parsed.wageFloor = Math.min(...wages.wages);

  // Before places and job words: 山东钢铁 is an employer, not Shandong; 二机床 is not 机床.
  text = cutPhrases(text, employerAliases, (alias) => {
    if (!parsed.employers.includes(alias)) parsed.employers.push(alias);
  });

  text = cutPhrases(text, PLACE_MATCHER, (name) => {
    for (const city of PLACE_NAMES.find((p) => p.name === name)!.cities) if (!parsed.cities.includes(city)) parsed.cities.push(city);
  });

  text = cutPhrases(text, KIND_MATCHER, (phrase) => {
    const kind = EMPLOYER_KIND_WORDS.find((w) => w.phrase === phrase)!.kind;
    if (!parsed.employerKinds.includes(kind)) parsed.employerKinds.push(kind);
  });

  text = cutPhrases(text, MULTI_FILLER_MATCHER, () => {});

  for (const chunk of splitChunks(text)) {
    const reading = readFamilies(chunk);
    for (const family of reading.primary) if (!parsed.families.includes(family.key)) parsed.families.push(family.key);
    for (const match of reading.matches) if (!parsed.familyWords.includes(match.term)) parsed.familyWords.push(match.term);
    const covered = new Array<boolean>(chunk.length).fill(false);
    for (const match of reading.matches) covered.fill(true, match.start, match.end);
    const rest = chunk
      .split("")
      .map((c, i) => (covered[i] ? GAP : c))
      .join("");
    for (const word of splitChunks(rest).map(trimFiller)) if (word && !parsed.words.includes(word)) parsed.words.push(word);
  }
  // 焊工 学徒 asks for welders: a generic word (学徒, 操作工) only names the family when nothing else does.
  const specific = parsed.families.filter((key) => !getFamily(key)?.generic);
  if (specific.length > 0) parsed.families = specific;
  return parsed;
}
