// Builds the search document of a position: what a seeker may see, plus the fields
// derived for Chinese search (n-grams, job families, employer short names, pinyin). The
// document is an allow-list: nothing about people, and phone or ID numbers an employer
// typed into free text are blanked.

import { withSourceHash } from "../../lib/source-hash.ts";
import { buildEmployerAliases, buildEmployerKeywords } from "./employer-aliases.ts";
import { buildHanNgrams } from "./han-ngrams.ts";
import { INDEX_VERSION } from "./index-version.ts";
import { familyToken, type JobFamily } from "./job-families.ts";
import { readFamilies } from "./job-family-matcher.ts";
import { toPinyinWords } from "./pinyin.ts";
import { normalizeCity } from "./places.ts";
import type { EmployerKind, PositionForIndex } from "./position-index.types.ts";

export interface PositionDocument {
  id: string;
  title: string;
  description: string;
  tags: string[];
  employerId: string;
  employerName: string;
  employerKind: EmployerKind;
  employerKeywords: string;
  employerAliases: string[];
  city: string;
  cityKey: string;
  wageMin: number;
  wageMax: number;
  openings: number;
  foodProvided: boolean;
  lodgingProvided: boolean;
  ageMin: number | null;
  ageMax: number | null;
  gender: "ANY" | "MALE" | "FEMALE";
  fairIds: string[];
  status: "OPEN" | "CLOSED";
  updatedAt: number;
  titleGrams: string;
  familyPrimary: string;
  familyAll: string;
  familyKeys: string[];
  /**
   * Pinyin of the title and the city, full and first letters (焊工学徒 济南 → hangongxuetu hgxt
   * jinan jn): for pinyin the query could not read as a dictionary word, such as a title's own
   * words. Dictionary words, places and employer names are read from pinyin at query time.
   */
  pinyin: string;
  /** Which dictionary and rules built this document (see index-version.ts). */
  indexVersion: string;
  /** Fingerprint of all the fields above (lib/source-hash.ts): what reconciliation compares. */
  sourceHash: string;
}

// Mainland mobile numbers, landlines with area code, and ID numbers (18 characters).
const PERSONAL_NUMBERS = [/(?<!\d)1[3-9]\d{9}(?!\d)/g, /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g];

/** Blanks phone and ID numbers in free text; the index must never hold them. */
export function scrubPersonalNumbers(text: string): string {
  return PERSONAL_NUMBERS.reduce((out, pattern) => out.replace(pattern, "***"), text);
}

function tokensOf(families: readonly JobFamily[]): string {
  return families.map((f) => familyToken(f.key)).join(" ");
}

/** The families of a position: from its title and tags; from its description only when those name none. */
export function classifyPosition(title: string, tags: readonly string[], description: string): { primary: JobFamily[]; all: JobFamily[] } {
  const fromTitle = readFamilies(title);
  const all = [...fromTitle.all];
  const primary = [...fromTitle.primary];
  for (const tag of tags) {
    const reading = readFamilies(tag);
    for (const f of reading.all) if (!all.includes(f)) all.push(f);
    if (primary.length === 0) primary.push(...reading.primary);
  }
  // A welder's title may say 操作工, but it is not a general-worker job.
  if (all.some((f) => !f.generic)) all.splice(0, all.length, ...all.filter((f) => !f.generic));
  if (all.length === 0) {
    const reading = readFamilies(description);
    all.push(...reading.all.filter((f) => !f.generic));
  }
  return { primary, all };
}

export function buildPositionDocument(position: PositionForIndex): PositionDocument {
  const title = scrubPersonalNumbers(position.title);
  const description = scrubPersonalNumbers(position.description);
  const tags = position.tags.map(scrubPersonalNumbers);
  const families = classifyPosition(title, tags, description);
  return withSourceHash({
    id: position.id,
    title,
    description,
    tags,
    employerId: position.employer.id,
    employerName: position.employer.name,
    employerKind: position.employer.kind,
    employerKeywords: buildEmployerKeywords(position.employer.name, position.employer.shortName).join(" "),
    employerAliases: buildEmployerAliases(position.employer.name, position.employer.shortName),
    city: position.city,
    cityKey: normalizeCity(position.city),
    wageMin: position.wageMin,
    wageMax: position.wageMax,
    openings: position.openings,
    foodProvided: position.foodProvided,
    lodgingProvided: position.lodgingProvided,
    ageMin: position.ageMin,
    ageMax: position.ageMax,
    gender: position.gender,
    fairIds: [...position.fairIds],
    status: position.status,
    updatedAt: position.updatedAt.getTime(),
    titleGrams: buildHanNgrams([title, ...tags]).join(" "),
    familyPrimary: tokensOf(families.primary),
    familyAll: tokensOf(families.all),
    familyKeys: families.all.map((f) => f.key),
    pinyin: toPinyinWords(`${title} ${normalizeCity(position.city)}`).join(" "),
    indexVersion: INDEX_VERSION,
  });
}
