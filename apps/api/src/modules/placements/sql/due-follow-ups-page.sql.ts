import { FOLLOW_UP_INTERVAL_DAYS } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { visiblePlacementsSql } from "../placement-scope.ts";

/**
 * ACTIVE placements whose next monthly check (start or last follow-up + the interval) falls
 * on or before $1, most overdue first, a page of them with the count of all.
 */
export const DUE_FOLLOW_UPS_PAGE = sqlStatement<
  [until: Date, limit: number, offset: number, scopeFrom: string | null, scopeTo: string | null]
>()({
  name: "placements_due_follow_ups_page_v2",
  text: `
    WITH due AS (
      SELECT p.id, max(f."checkedOn") AS "lastCheckedOn", count(f.id)::int AS "followUpCount",
             greatest(p."startedOn", coalesce(max(f."checkedOn"), p."startedOn")) + ${FOLLOW_UP_INTERVAL_DAYS}::int AS "dueOn"
      FROM placements p LEFT JOIN follow_ups f ON f."placementId" = p.id
      WHERE p.status = 'ACTIVE' AND ${visiblePlacementsSql(4)}
      GROUP BY p.id
    )
    SELECT id::text, "lastCheckedOn", "followUpCount", "dueOn", count(*) OVER ()::int AS total
    FROM due WHERE "dueOn" <= $1::date
    ORDER BY "dueOn", id
    LIMIT $2 OFFSET $3`,
  row: z.strictObject({
    id: z.string(),
    lastCheckedOn: z.date().nullable(),
    followUpCount: z.number().int(),
    dueOn: z.date(),
    total: z.number().int(),
  }),
});
