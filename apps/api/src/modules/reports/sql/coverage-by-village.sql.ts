import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { HOUSEHOLD_FILTER, type HouseholdFilterValues, memberPlaced } from "./household-filter.ts";

/** Counts per village from household rows; townships and totals are sums of these. */
export const COVERAGE_BY_VILLAGE = sqlStatement<HouseholdFilterValues>()({
  name: "reports_coverage_by_village_v2",
  text: `
    WITH hh AS (
      SELECT h."regionCode", h.township, h.village, h."labourCapableMembers" > 0 AS labour,
             ${memberPlaced("'ACTIVE', 'STABLE'")} AS placed,
             ${memberPlaced("'STABLE'")} AS stable
      FROM households h
      WHERE true ${HOUSEHOLD_FILTER}
    )
    SELECT "regionCode", township, village,
           count(*)::int AS households,
           count(*) FILTER (WHERE labour)::int AS "labourHouseholds",
           count(*) FILTER (WHERE labour AND placed)::int AS "placedHouseholds",
           count(*) FILTER (WHERE labour AND stable)::int AS "stableHouseholds"
    FROM hh
    GROUP BY "regionCode", township, village
    ORDER BY "regionCode", township, village`,
  row: z.strictObject({
    regionCode: z.string(),
    township: z.string(),
    village: z.string(),
    households: z.number().int(),
    labourHouseholds: z.number().int(),
    placedHouseholds: z.number().int(),
    stableHouseholds: z.number().int(),
  }),
});
