import { z } from "zod";
import { regionScopeSql } from "../../../lib/scope.ts";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * 返贫预警: households of the region ($1, $2: its code range, nulls for everything) where a
 * member's placement ended on or after $3 and no member now has an ACTIVE or STABLE one — the
 * member whose placement ended last, and the household's last home visit. Sorted by township.
 * Read from the rows each time: a follow-up that ends a placement shows here at once (the
 * household's workingPlacements counter is kept in step by triggers in the same transaction).
 */
export const DROPOUT_HOUSEHOLDS = sqlStatement<[regionFrom: string | null, regionTo: string | null, endedSince: Date]>()({
  name: "alerts_dropout_households_v2",
  text: `
    WITH ended AS (
      SELECT DISTINCT ON (s."householdId") s."householdId", s.id AS "seekerId", p."endedOn"
      FROM placements p JOIN seekers s ON s.id = p."seekerId"
      WHERE p.status = 'ENDED' AND p."endedOn" >= $3::date AND s."householdId" IS NOT NULL
      ORDER BY s."householdId", p."endedOn" DESC, p."updatedAt" DESC, p.id
    )
    SELECT h.id::text AS "householdId", h.code AS "householdCode", h."regionCode", h.township, h.village,
           h."povertyStatus"::text AS "povertyStatus", ended."seekerId"::text AS "seekerId", ended."endedOn",
           (SELECT max(v."visitedOn") FROM household_visits v WHERE v."householdId" = h.id) AS "lastVisitedOn"
    FROM ended JOIN households h ON h.id = ended."householdId"
    WHERE ${regionScopeSql('h."regionCode"', 1)}
      AND h."workingPlacements" = 0
    ORDER BY h."regionCode", h.township, h.village, h.code`,
  row: z.strictObject({
    householdId: z.string(),
    householdCode: z.string(),
    regionCode: z.string(),
    township: z.string(),
    village: z.string(),
    povertyStatus: z.enum(["REGISTERED_POOR", "LIFTED", "MONITORED", "NONE"]),
    seekerId: z.string(),
    endedOn: z.date(),
    lastVisitedOn: z.date().nullable(),
  }),
});
