// Finds the job families named in a piece of text (a title, a tag, a seeker's query).
import { JOB_FAMILIES, type JobFamily } from "./job-families.ts";

export interface FamilyMatch {
  term: string;
  start: number;
  end: number;
  families: readonly JobFamily[];
}

export interface FamilyReading {
  /** The trade the text names: the family of its head word (Chinese compounds end in their head). */
  primary: JobFamily[];
  /** Every family any surviving word names, generic ones included. */
  all: JobFamily[];
  matches: FamilyMatch[];
}

function buildTermIndex(families: readonly JobFamily[]): Map<string, JobFamily[]> {
  const index = new Map<string, JobFamily[]>();
  for (const family of families) {
    for (const term of family.terms) {
      const key = term.toLowerCase();
      const list = index.get(key) ?? [];
      if (!list.includes(family)) list.push(family);
      index.set(key, list);
    }
  }
  return index;
}

const TERM_INDEX = buildTermIndex(JOB_FAMILIES);
const LONGEST_TERM = Math.max(...[...TERM_INDEX.keys()].map((t) => t.length));
const FAMILY_BY_KEY = new Map(JOB_FAMILIES.map((f) => [f.key, f]));

/** Whether the word is itself a dictionary word of some job family (保安, 快递). */
export function isFamilyTerm(word: string): boolean {
  return TERM_INDEX.has(word.toLowerCase());
}

export function getFamily(key: string): JobFamily | undefined {
  return FAMILY_BY_KEY.get(key);
}

/** Latin terms (CNC, B2) must stand alone: "b2" inside "ab23" is not a driving licence. */
function isWholeLatin(text: string, start: number, end: number): boolean {
  const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);
  const term = text.slice(start, end);
  if (!/[a-z0-9]/.test(term)) return true;
  return !isWordChar(text[start - 1]) && !isWordChar(text[end]);
}

/**
 * Every dictionary word found in the text, minus those lying inside a longer found word
 * (电焊工 hides 焊工 and 焊), in text order.
 */
export function findFamilyMatches(text: string): FamilyMatch[] {
  const lower = text.toLowerCase();
  const found: FamilyMatch[] = [];
  for (let start = 0; start < lower.length; start++) {
    for (let end = Math.min(lower.length, start + LONGEST_TERM); end > start; end--) {
      const term = lower.slice(start, end);
      const families = TERM_INDEX.get(term);
      if (families && isWholeLatin(lower, start, end)) found.push({ term: text.slice(start, end), start, end, families });
    }
  }
  return found.filter((m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

function uniqueFamilies(matches: readonly FamilyMatch[]): JobFamily[] {
  const out: JobFamily[] = [];
  for (const m of matches) for (const f of m.families) if (!out.includes(f)) out.push(f);
  return out;
}

/** Reads the families of a text: its head family, and all families it mentions. */
export function readFamilies(text: string): FamilyReading {
  const matches = findFamilyMatches(text);
  const all = uniqueFamilies(matches);
  const specific = matches.filter((m) => m.families.some((f) => !f.generic));
  const candidates = specific.length > 0 ? specific : matches;
  let head: FamilyMatch | undefined;
  for (const m of candidates) {
    if (!head || m.end > head.end || (m.end === head.end && m.end - m.start > head.end - head.start)) head = m;
  }
  const primary = head ? head.families.filter((f) => specific.length === 0 || !f.generic) : [];
  return { primary, all, matches };
}
