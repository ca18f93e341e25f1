// The masked view of a seeker shared by intents, placements and follow-up lists.
import type { PovertyStatus, SeekerBrief } from "@xiezuo/contracts";
import { computeAge, formatDbDate } from "../../lib/calendar-dates.ts";

export interface SeekerBriefRow {
  id: string;
  name: string;
  idNumberMasked: string;
  phoneMasked: string;
  gender: "MALE" | "FEMALE";
  birthDate: Date;
  household: { povertyStatus: PovertyStatus } | null;
}

/** Copies only the masked fields; `today` is the China date used for the age. */
export function toSeekerBrief(row: SeekerBriefRow, today: string): SeekerBrief {
  return {
    id: row.id,
    name: row.name,
    idNumberMasked: row.idNumberMasked,
    phoneMasked: row.phoneMasked,
    gender: row.gender,
    age: computeAge(formatDbDate(row.birthDate), today),
    povertyStatus: row.household?.povertyStatus ?? null,
  };
}
