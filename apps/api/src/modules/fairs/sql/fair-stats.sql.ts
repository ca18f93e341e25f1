import { FairStatsSchema, PovertyStatusSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { fairScopeSql } from "../../../lib/scope.ts";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * Every figure of a fair counted from rows in ONE statement (one snapshot, one round trip).
 * Positions counted: its open ones; for a CLOSED fair every position that was linked to it,
 * whatever its status now, so the fair's record keeps its figures (v2). No row: no such fair,
 * or one the caller's scope ($2–$4, lib/scope.ts) may not read.
 */
export const FAIR_STATS = sqlStatement<
  [fairId: string, scopeOrganisationId: string | null, scopeFrom: string | null, scopeTo: string | null]
>()({
  name: "fairs_stats_v3",
  text: `
    WITH open_positions AS (
           SELECT p."openings", p."foodProvided", p."lodgingProvided"
           FROM fair_positions fp JOIN positions p ON p.id = fp."positionId"
           WHERE fp."fairId" = $1::uuid
             AND (p.status = 'OPEN' OR (SELECT status FROM fairs WHERE id = $1::uuid) = 'CLOSED')),
         intent_seekers AS (
           SELECT coalesce(h."povertyStatus"::text, 'NONE') AS status, count(DISTINCT i."seekerId")::int AS seekers
           FROM intents i
           JOIN seekers s ON s.id = i."seekerId"
           LEFT JOIN households h ON h.id = s."householdId"
           WHERE i."fairId" = $1::uuid
           GROUP BY 1)
    SELECT
      (SELECT count(*)::int FROM fair_employers WHERE "fairId" = f.id) AS employers,
      (SELECT count(*)::int FROM open_positions) AS positions,
      (SELECT coalesce(sum("openings"), 0)::int FROM open_positions) AS openings,
      (SELECT coalesce(sum("openings"), 0)::int FROM open_positions WHERE "foodProvided" AND "lodgingProvided") AS "openingsWithFoodAndLodging",
      (SELECT count(DISTINCT "seekerId")::int FROM check_ins WHERE "fairId" = f.id) AS "checkIns",
      (SELECT count(*)::int FROM intents WHERE "fairId" = f.id) AS intents,
      (SELECT coalesce(json_object_agg(status, seekers), '{}'::json) FROM intent_seekers) AS "byPovertyStatus"
    FROM fairs f WHERE f.id = $1::uuid AND ${fairScopeSql("f", 2)}`,
  row: z.strictObject({
    ...FairStatsSchema.pick({
      employers: true,
      positions: true,
      openings: true,
      openingsWithFoodAndLodging: true,
      checkIns: true,
      intents: true,
    }).shape,
    /** Distinct seekers with an intent at the fair, by their household's status (NONE without one). */
    byPovertyStatus: z.partialRecord(PovertyStatusSchema, z.number().int()),
  }),
});
