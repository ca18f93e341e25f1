import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { BUCKET, FIGURE_COLUMNS, heldBetween, type RegionRangeValues, WORKER_FIGURES_CTE } from "./ledger-sql.ts";

/** The ledger's totals of each month from $3 to $4 (first days of months), oldest first. */
export const EMPLOYMENT_HISTORY = sqlStatement<[...RegionRangeValues, firstMonth: Date, lastMonth: Date]>()({
  name: "employment_history_v2",
  text: `
    WITH ${WORKER_FIGURES_CTE},
    months AS (
      SELECT m::date AS first, (m + interval '1 month' - interval '1 day')::date AS last
      FROM generate_series($3::date, $4::date, interval '1 month') m
    ),
    held AS (
      SELECT mo.first, p."seekerId", max(${BUCKET}) AS bucket
      FROM months mo
      JOIN placements p ON ${heldBetween("mo.first", "mo.last")}
      JOIN workers w ON w.id = p."seekerId"
      GROUP BY mo.first, p."seekerId"
    ),
    total AS (SELECT count(*)::int AS n FROM workers)
    SELECT to_char(mo.first, 'YYYY-MM') AS month, total.n AS workers,
           count(*) FILTER (WHERE held.bucket = 3)::int AS "outOfProvince",
           count(*) FILTER (WHERE held.bucket = 2)::int AS "inProvince",
           count(*) FILTER (WHERE held.bucket = 1)::int AS "inCounty",
           (total.n - count(held.bucket))::int AS "notEmployed"
    FROM months mo CROSS JOIN total LEFT JOIN held ON held.first = mo.first
    GROUP BY mo.first, total.n
    ORDER BY mo.first`,
  row: z.strictObject({
    month: z.string(),
    ...FIGURE_COLUMNS,
  }),
});
