import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * The placements that may earn a rule's subsidy, one row each, with their follow-ups up to
 * `asOf` (continuity is decided in TypeScript by computePlacementStatus): seekers homed in
 * [$1, $2) (the organisation's jurisdiction), of a household whose povertyStatus is in $3,
 * with a placement started in year $4 and on or before $5. With $6, a seeker who ARRIVED
 * with a transfer departing in year $4 is left out.
 */
export const SUBSIDY_CANDIDATES = sqlStatement<
  [homeFrom: string, homeTo: string, povertyStatuses: string[], year: number, asOf: string, excludeTransfer: boolean]
>()({
  name: "subsidies_candidates_v1",
  text: `
    SELECT p.id AS "placementId",
           p."seekerId",
           p."employerId",
           to_char(p."startedOn", 'YYYY-MM-DD') AS "startedOn",
           p."workRegionCode",
           p."workCity",
           s."homeRegionCode",
           s.name,
           s.gender::text AS gender,
           h.township,
           h.village,
           e.name AS "employerName",
           COALESCE((
             SELECT json_agg(json_build_object('checkedOn', to_char(f."checkedOn", 'YYYY-MM-DD'), 'employed', f.employed)
                             ORDER BY f."checkedOn")
             FROM follow_ups f
             WHERE f."placementId" = p.id AND f."checkedOn" <= $5::date
           ), '[]'::json) AS "followUps"
    FROM placements p
    JOIN seekers s ON s.id = p."seekerId"
    JOIN households h ON h.id = s."householdId"
    JOIN employers e ON e.id = p."employerId"
    WHERE s."homeRegionCode" >= $1::text AND s."homeRegionCode" < $2::text
      AND h."povertyStatus"::text = ANY ($3::text[])
      AND p."startedOn" >= make_date($4::int, 1, 1) AND p."startedOn" < make_date($4::int + 1, 1, 1)
      AND p."startedOn" <= $5::date
      AND NOT ($6::boolean AND EXISTS (
        SELECT 1 FROM transfer_members tm JOIN transfers t ON t.id = tm."transferId"
        WHERE tm."seekerId" = s.id AND tm.state = 'ARRIVED'
          AND t."departsAt" >= make_date($4::int, 1, 1) AND t."departsAt" < make_date($4::int + 1, 1, 1)))
    ORDER BY s."homeRegionCode", s.id, p."startedOn", p.id`,
  row: z.strictObject({
    placementId: z.string(),
    seekerId: z.string(),
    employerId: z.string(),
    startedOn: z.string(),
    workRegionCode: z.string(),
    workCity: z.string(),
    homeRegionCode: z.string(),
    name: z.string(),
    gender: z.enum(["MALE", "FEMALE"]),
    township: z.string(),
    village: z.string(),
    employerName: z.string(),
    followUps: z.array(z.strictObject({ checkedOn: z.string(), employed: z.boolean() })),
  }),
});

/** Serialises roster runs of one rule ($1): held until the transaction ends. */
export const SUBSIDY_RULE_LOCK = sqlStatement<[ruleId: string]>()({
  name: "subsidies_rule_lock_v1",
  text: `SELECT true AS "locked" FROM (SELECT pg_advisory_xact_lock(hashtextextended('subsidy-rule:' || $1::text, 0))) AS l`,
  row: z.strictObject({ locked: z.boolean() }),
});
