// The household conditions the coverage and zero-employment statements share: their values
// are always $1 to $4, in the order householdFilterValues gives them (null: no condition).
import { jurisdictionPrefix, type PovertyStatus } from "@xiezuo/contracts";

export interface HouseholdFilter {
  /** A county code matches itself; a prefecture (xxxx00) or province (xx0000) code its counties. */
  regionCode?: string;
  township?: string;
  village?: string;
  povertyStatus?: PovertyStatus[];
}

export type HouseholdFilterValues = [
  regionPattern: string | null,
  township: string | null,
  village: string | null,
  statuses: string[] | null,
];

/** `AND …` conditions on households `h`. */
export const HOUSEHOLD_FILTER = `
  AND ($1::text IS NULL OR h."regionCode" LIKE $1::text)
  AND ($2::text IS NULL OR h.township = $2::text)
  AND ($3::text IS NULL OR h.village = $3::text)
  AND ($4::text[] IS NULL OR h."povertyStatus"::text = ANY($4::text[]))`;

export function householdFilterValues(filter: HouseholdFilter): HouseholdFilterValues {
  return [regionPattern(filter.regionCode), filter.township || null, filter.village || null, filter.povertyStatus ?? null];
}

function regionPattern(regionCode: string | undefined): string | null {
  return regionCode ? `${jurisdictionPrefix(regionCode)}%` : null;
}

/** A member of household `h` (a seeker linked to it) has a placement in one of these statuses (SQL literals). */
export function memberPlaced(statuses: "'ACTIVE', 'STABLE'" | "'STABLE'"): string {
  return `EXISTS (
    SELECT 1 FROM seekers s JOIN placements p ON p."seekerId" = s.id
    WHERE s."householdId" = h.id AND p.status::text IN (${statuses}))`;
}
