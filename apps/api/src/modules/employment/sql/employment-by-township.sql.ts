import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { BUCKET, FIGURE_COLUMNS, FIGURES, heldBetween, type RegionRangeValues, WORKER_FIGURES_CTE } from "./ledger-sql.ts";

/** The ledger of one month ($3 its first day, $4 its last): each worker once, by township. */
export const EMPLOYMENT_BY_TOWNSHIP = sqlStatement<[...RegionRangeValues, monthFirst: Date, monthLast: Date]>()({
  name: "employment_by_township_v2",
  text: `
    WITH ${WORKER_FIGURES_CTE},
    held AS (
      SELECT p."seekerId" AS id, max(${BUCKET}) AS bucket
      FROM workers w JOIN placements p ON p."seekerId" = w.id
      WHERE ${heldBetween("$3::date", "$4::date")}
      GROUP BY p."seekerId"
    )
    SELECT w."regionCode", w.township, count(*)::int AS workers, ${FIGURES}
    FROM workers w LEFT JOIN held ON held.id = w.id
    GROUP BY w."regionCode", w.township
    ORDER BY w."regionCode", w.township`,
  row: z.strictObject({
    regionCode: z.string(),
    township: z.string(),
    ...FIGURE_COLUMNS,
  }),
});
