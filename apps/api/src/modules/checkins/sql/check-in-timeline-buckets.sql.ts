import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Arrivals at the fair per minute, from the minute of $2 on (every minute when null). */
export const CHECK_IN_TIMELINE_BUCKETS = sqlStatement<[fairId: string, since: Date | null]>()({
  name: "checkins_timeline_buckets_v1",
  text: `
    SELECT date_trunc('minute', "at") AS minute, count(*)::int AS arrivals
    FROM check_ins
    WHERE "fairId" = $1::uuid AND ($2::timestamptz IS NULL OR "at" >= date_trunc('minute', $2::timestamptz))
    GROUP BY 1 ORDER BY 1`,
  row: z.strictObject({ minute: z.date(), arrivals: z.number().int() }),
});
