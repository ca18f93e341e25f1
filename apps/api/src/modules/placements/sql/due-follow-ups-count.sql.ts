import { FOLLOW_UP_INTERVAL_DAYS } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { visiblePlacementsSql } from "../placement-scope.ts";

/** How many ACTIVE placements are due on or before $1 (for a page past the last one). */
export const DUE_FOLLOW_UPS_COUNT = sqlStatement<[until: Date, scopeFrom: string | null, scopeTo: string | null]>()({
  name: "placements_due_follow_ups_count_v2",
  text: `
    SELECT count(*)::int AS n FROM (
      SELECT greatest(p."startedOn", coalesce(max(f."checkedOn"), p."startedOn")) + ${FOLLOW_UP_INTERVAL_DAYS}::int AS "dueOn"
      FROM placements p LEFT JOIN follow_ups f ON f."placementId" = p.id
      WHERE p.status = 'ACTIVE' AND ${visiblePlacementsSql(2)} GROUP BY p.id) d
    WHERE d."dueOn" <= $1::date`,
  row: z.strictObject({ n: z.number().int() }),
});
