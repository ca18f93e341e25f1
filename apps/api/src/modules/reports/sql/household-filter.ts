// The household conditions the coverage and zero-employment statements share: their values
// are always $1 to $5, in the order householdFilterValues gives them (null: no condition).
// The region is a code range (lib/scope.ts reportRegionValues), so the B-tree index on
// households.regionCode serves it (a LIKE pattern could not use it).
import type { PovertyStatus } from "@xiezuo/contracts";
import { reportRegionValues } from "../../../lib/scope.ts";

export interface HouseholdFilter {
  /** A county code matches itself; a prefecture (xxxx00) or province (xx0000) code its counties. */
  regionCode?: string;
  township?: string;
  village?: string;
  povertyStatus?: PovertyStatus[];
}

export type HouseholdFilterValues = [
  regionFrom: string | null,
  regionTo: string | null,
  township: string | null,
  village: string | null,
  statuses: string[] | null,
];

/** `AND …` conditions on households `h`. */
export const HOUSEHOLD_FILTER = `
  AND ($1::text IS NULL OR (h."regionCode" >= $1::text AND h."regionCode" < $2::text))
  AND ($3::text IS NULL OR h.township = $3::text)
  AND ($4::text IS NULL OR h.village = $4::text)
  AND ($5::text[] IS NULL OR h."povertyStatus"::text = ANY($5::text[]))`;

export function householdFilterValues(filter: HouseholdFilter): HouseholdFilterValues {
  return [...reportRegionValues(filter.regionCode), filter.township || null, filter.village || null, filter.povertyStatus ?? null];
}

/**
 * A member of household `h` (a seeker linked to it) has a placement working now (ACTIVE or
 * STABLE), or a STABLE one: the household's counters, kept in step with placements and
 * seekers by the triggers of migration 20261206080000_scale.
 */
export function memberPlaced(statuses: "'ACTIVE', 'STABLE'" | "'STABLE'"): string {
  return statuses === "'STABLE'" ? `(h."stablePlacements" > 0)` : `(h."workingPlacements" > 0)`;
}
