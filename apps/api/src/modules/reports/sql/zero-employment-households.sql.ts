import { ZeroEmploymentHouseholdSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { HOUSEHOLD_FILTER, type HouseholdFilterValues, memberPlaced } from "./household-filter.ts";

/**
 * Labour-capable households with no member on the job (零就业户), a page of them ($6 and $7;
 * null: all) with the count of all. The page is read in the order of the index on
 * (regionCode, township, village, code) and counted apart, and the member figures are counted
 * for the page's rows only.
 */
export const ZERO_EMPLOYMENT_HOUSEHOLDS = sqlStatement<[...HouseholdFilterValues, limit: number | null, offset: number | null]>()({
  name: "reports_zero_employment_households_v2",
  text: `
    WITH page AS (
      SELECT h.id, h.code, h."regionCode", h.township, h.village, h."povertyStatus", h."labourCapableMembers"
      FROM households h
      WHERE h."labourCapableMembers" > 0 AND NOT ${memberPlaced("'ACTIVE', 'STABLE'")} ${HOUSEHOLD_FILTER}
      ORDER BY h."regionCode", h.township, h.village, h.code
      LIMIT $6 OFFSET $7
    ),
    total AS (
      SELECT count(*)::int AS n FROM households h
      WHERE h."labourCapableMembers" > 0 AND NOT ${memberPlaced("'ACTIVE', 'STABLE'")} ${HOUSEHOLD_FILTER}
    )
    SELECT h.id::text AS "householdId", h.code, h."regionCode", h.township, h.village,
           h."povertyStatus"::text AS "povertyStatus", h."labourCapableMembers",
           (SELECT count(*)::int FROM seekers s WHERE s."householdId" = h.id) AS "registeredMembers",
           (SELECT count(DISTINCT i."seekerId")::int FROM intents i JOIN seekers s ON s.id = i."seekerId"
             WHERE s."householdId" = h.id) AS "membersWithIntent",
           (SELECT count(*)::int FROM placements p JOIN seekers s ON s.id = p."seekerId"
             WHERE s."householdId" = h.id AND p.status = 'ENDED') AS "endedPlacements",
           total.n AS total
    FROM page h CROSS JOIN total
    ORDER BY h."regionCode", h.township, h.village, h.code`,
  row: z.strictObject({ ...ZeroEmploymentHouseholdSchema.shape, total: z.number().int() }),
});
