import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { TOWNSHIP_FIGURES_ROW } from "./ledger-sql.ts";

/**
 * The stored cells of these counties ($1) for the month ($2, its first day) that still hold:
 * every change noted for the county is visible in the snapshot the cell was counted in (so the
 * cell counts what this statement would), and that snapshot is not older than the county's
 * horizon (changes before it have been deleted and can no longer be checked).
 */
export const LEDGER_CELLS_VALID = sqlStatement<[counties: string[], monthFirst: Date]>()({
  name: "employment_ledger_cells_valid_v1",
  text: `
    SELECT c.county, c.rows
    FROM employment_ledger_cells c
    LEFT JOIN employment_ledger_horizons h ON h.county = c.county
    WHERE c.county = ANY($1::text[]) AND c.month = $2::date
      AND pg_snapshot_xmin(c.snapshot) >= coalesce(h.horizon, '0'::xid8)
      AND NOT EXISTS (
        SELECT 1 FROM employment_ledger_changes x
        WHERE x.county = c.county AND NOT pg_visible_in_snapshot(x.xid, c.snapshot))`,
  row: z.strictObject({ county: z.string(), rows: z.array(TOWNSHIP_FIGURES_ROW) }),
});
