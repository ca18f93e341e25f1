// Turns database rows into the profiles the scoring rules read. Job families and city
// keys come from the search module's dictionary, so a seeker's 电焊 meets a 氩弧焊工 title
// here exactly as it does in search.
import { classifyPosition, findFamilyByLabel, getFamily, normalizeCity, readFamilies } from "../search/index.ts";
import { type PositionProfile, type PovertyStatus, type SeekerProfile, toDayNumber } from "./match-scoring.ts";

export interface SeekerFacts {
  id: string;
  gender: "MALE" | "FEMALE";
  birthDate: Date;
  skills: string[];
  /** What work the person wants: family labels of the dictionary (焊工, 普工…). */
  jobFamilies: string[];
  preferredCities: string[];
  expectedWageMin: number | null;
  needsLodging: boolean;
  povertyStatus: PovertyStatus | null;
}

export interface PositionFacts {
  id: string;
  title: string;
  description: string;
  tags: string[];
  status: "OPEN" | "CLOSED";
  gender: "ANY" | "MALE" | "FEMALE";
  ageMin: number | null;
  ageMax: number | null;
  city: string;
  wageMin: number;
  wageMax: number;
  lodgingProvided: boolean;
}

/** The families a seeker's skills name (specific trades before generic ones). */
export function readSkillFamilies(skills: readonly string[]): string[] {
  const keys: string[] = [];
  for (const skill of skills) for (const family of readFamilies(skill).all) if (!keys.includes(family.key)) keys.push(family.key);
  return keys;
}

/** The families a seeker wants, by key, in the order named; a label the dictionary lost is skipped. */
export function readWantedFamilies(labels: readonly string[]): string[] {
  const keys: string[] = [];
  for (const label of labels) {
    const key = findFamilyByLabel(label)?.key;
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Birth dates are stored as calendar dates (midnight UTC): read the date itself. */
function toBirthDay(date: Date): number {
  return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

export function toSeekerProfile(facts: SeekerFacts): SeekerProfile {
  return {
    id: facts.id,
    gender: facts.gender,
    birthDay: toBirthDay(facts.birthDate),
    wantedKeys: readWantedFamilies(facts.jobFamilies),
    familyKeys: readSkillFamilies(facts.skills),
    cityKeys: [...new Set(facts.preferredCities.map(normalizeCity))],
    expectedWageMin: facts.expectedWageMin,
    needsLodging: facts.needsLodging,
    povertyStatus: facts.povertyStatus,
  };
}

export function toPositionProfile(facts: PositionFacts): PositionProfile {
  return {
    id: facts.id,
    status: facts.status,
    gender: facts.gender,
    ageMin: facts.ageMin,
    ageMax: facts.ageMax,
    city: facts.city,
    cityKey: normalizeCity(facts.city),
    wageMin: facts.wageMin,
    wageMax: facts.wageMax,
    lodgingProvided: facts.lodgingProvided,
    familyKeys: classifyPosition(facts.title, facts.tags, facts.description).all.map((f) => f.key),
  };
}

export const FAMILY_DICTIONARY = {
  labels: (key: string) => getFamily(key)?.label,
  isGeneric: (key: string) => getFamily(key)?.generic === true,
};

export const todayInChina = (now: Date) => toDayNumber(now);
