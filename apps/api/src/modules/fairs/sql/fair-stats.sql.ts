import { FairStatsSchema, PovertyStatusSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { fairScopeSql } from "../../../lib/scope.ts";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * Every figure of a fair counted from rows in ONE statement (one snapshot, one round trip).
 * Positions counted: its open ones; for a CLOSED fair every position that was linked to it,
 * whatever its status now, so the fair's record keeps its figures (v2). No row: no such fair,
 * or one the caller's scope ($2–$4, lib/scope.ts) may not read; the counts then never run.
 * v5, the same figures as v3 for less than half its database time (BENCHMARKS.md, API hot
 * reads): the fair's positions and its intents' seekers are fetched by primary key from the
 * id lists (`= ANY (ARRAY(…))`) instead of hash-joining every position, seeker and household;
 * `fair_positions` is keyed by (fairId, positionId) and the seekers are made distinct first,
 * so each is counted once as before; the positions are summed in one pass; and check-ins are
 * counted with count(*): `check_ins` is unique on (fairId, seekerId), so a fair's rows ARE its
 * distinct seekers (no sort of every check-in).
 */
export const FAIR_STATS = sqlStatement<
  [fairId: string, scopeOrganisationId: string | null, scopeFrom: string | null, scopeTo: string | null]
>()({
  name: "fairs_stats_v5",
  text: `
    WITH fair AS (SELECT f.id, f.status FROM fairs f WHERE f.id = $1::uuid AND ${fairScopeSql("f", 2)}),
         intent_seekers AS (
           SELECT coalesce(h."povertyStatus"::text, 'NONE') AS status, count(*)::int AS seekers
           FROM seekers s LEFT JOIN households h ON h.id = s."householdId"
           WHERE s.id = ANY (ARRAY(SELECT DISTINCT i."seekerId" FROM fair JOIN intents i ON i."fairId" = fair.id))
           GROUP BY 1)
    SELECT
      (SELECT count(*)::int FROM fair_employers WHERE "fairId" = f.id) AS employers,
      op.positions, op.openings, op."openingsWithFoodAndLodging",
      (SELECT count(*)::int FROM check_ins WHERE "fairId" = f.id) AS "checkIns",
      (SELECT count(*)::int FROM intents WHERE "fairId" = f.id) AS intents,
      (SELECT coalesce(json_object_agg(status, seekers), '{}'::json) FROM intent_seekers) AS "byPovertyStatus"
    FROM fair f
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS positions, coalesce(sum(p."openings"), 0)::int AS openings,
             coalesce(sum(p."openings") FILTER (WHERE p."foodProvided" AND p."lodgingProvided"), 0)::int AS "openingsWithFoodAndLodging"
      FROM positions p
      WHERE p.id = ANY (ARRAY(SELECT fp."positionId" FROM fair_positions fp WHERE fp."fairId" = f.id))
        AND (p.status = 'OPEN' OR f.status = 'CLOSED')) op`,
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
