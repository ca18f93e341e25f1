// The seekers index document: what matching filters and ranks on, and nothing that names
// a person. No name, ID number, phone or household code: only the seeker's id, gender,
// birth date as a number, job families (wanted, and read from skills), city keys and needs.
import { withSourceHash } from "../../lib/source-hash.ts";
import { familyToken } from "../search/index.ts";
import type { SeekerFacts } from "./match-profiles.ts";
import { toSeekerProfile } from "./match-profiles.ts";

export const SEEKER_INDEX_VERSION = "seekers-3";

export interface SeekerDocument {
  id: string;
  gender: "MALE" | "FEMALE";
  birthDay: number;
  /** The families the seeker wants (想做什么工作), and the same as search tokens. */
  wantedKeys: string[];
  wanted: string;
  familyKeys: string[];
  /** The family keys as search tokens: a position's families are the query. */
  families: string;
  cityKeys: string[];
  expectedWageMin: number | null;
  needsLodging: boolean;
  povertyStatus: string;
  indexVersion: string;
  /** Fingerprint of the fields above (lib/source-hash.ts): what reconciliation compares. */
  sourceHash: string;
}

export const SEEKER_DOCUMENT_FIELDS = [
  "id",
  "gender",
  "birthDay",
  "wantedKeys",
  "wanted",
  "familyKeys",
  "families",
  "cityKeys",
  "expectedWageMin",
  "needsLodging",
  "povertyStatus",
  "indexVersion",
  "sourceHash",
] as const;

export function buildSeekerDocument(facts: SeekerFacts): SeekerDocument {
  const profile = toSeekerProfile(facts);
  return withSourceHash({
    id: profile.id,
    gender: profile.gender,
    birthDay: profile.birthDay,
    wantedKeys: profile.wantedKeys,
    wanted: profile.wantedKeys.map(familyToken).join(" "),
    familyKeys: profile.familyKeys,
    families: profile.familyKeys.map(familyToken).join(" "),
    cityKeys: profile.cityKeys,
    expectedWageMin: profile.expectedWageMin,
    needsLodging: profile.needsLodging,
    povertyStatus: profile.povertyStatus ?? "NONE",
    indexVersion: SEEKER_INDEX_VERSION,
  });
}
