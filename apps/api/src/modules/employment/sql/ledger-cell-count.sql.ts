import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { type RegionRangeValues, TOWNSHIP_FIGURES_CTES, TOWNSHIP_FIGURES_ROW } from "./ledger-sql.ts";

/**
 * Counts one county's ledger of a month ($1, $2 the county's code range, $3 and $4 the month's
 * first and last day, $5 the county) and, in the same statement and so the same snapshot,
 * stores it as the county's cell with that snapshot, raises the county's horizon to the
 * snapshot's xmin and deletes the county's changes older than it: every transaction before the
 * xmin had ended when the cell was counted, so the cell saw them, and a cell counted in an
 * older snapshot (a slower reader storing after us) falls under the horizon and is not used.
 */
export const LEDGER_CELL_COUNT = sqlStatement<[...RegionRangeValues, monthFirst: Date, monthLast: Date, county: string]>()({
  name: "employment_ledger_cell_count_v1",
  text: `
    WITH ${TOWNSHIP_FIGURES_CTES},
    cell AS (
      SELECT coalesce(jsonb_agg(to_jsonb(f) ORDER BY f."regionCode", f.township), '[]'::jsonb) AS rows,
             pg_current_snapshot() AS snap
      FROM figures f
    ),
    stored AS (
      INSERT INTO employment_ledger_cells (county, month, rows, snapshot)
      SELECT $5::text, $3::date, rows, snap FROM cell
      ON CONFLICT (county, month) DO UPDATE SET rows = excluded.rows, snapshot = excluded.snapshot, "computedAt" = now()
    ),
    horizon AS (
      INSERT INTO employment_ledger_horizons (county, horizon)
      SELECT $5::text, pg_snapshot_xmin(snap) FROM cell
      ON CONFLICT (county) DO UPDATE SET horizon = greatest(employment_ledger_horizons.horizon, excluded.horizon)
    ),
    compacted AS (
      DELETE FROM employment_ledger_changes x USING cell
      WHERE x.county = $5::text AND x.xid < pg_snapshot_xmin(cell.snap)
    )
    SELECT rows FROM cell`,
  row: z.strictObject({ rows: z.array(TOWNSHIP_FIGURES_ROW) }),
});
