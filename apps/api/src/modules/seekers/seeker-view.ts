import type { Seeker } from "@xiezuo/contracts";
import type { SeekerRow } from "./seekers.repository.ts";

/** The one mapper from a row to the masked response shape. */
export function toSeeker(row: SeekerRow): Seeker {
  return {
    id: row.id,
    name: row.name,
    idNumberMasked: row.idNumberMasked,
    phoneMasked: row.phoneMasked,
    gender: row.gender,
    birthDate: row.birthDate.toISOString().slice(0, 10),
    household: row.household ? { code: row.household.code, povertyStatus: row.household.povertyStatus } : null,
    homeRegionCode: row.homeRegionCode,
    education: row.education,
    skills: row.skills,
    preferredCities: row.preferredCities,
    jobFamilies: row.jobFamilies,
    expectedWageMin: row.expectedWageMin,
    needsLodging: row.needsLodging,
    createdAt: row.createdAt.toISOString(),
  };
}
