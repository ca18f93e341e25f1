import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Locks the placement's row, so two follow-ups at once are applied in turn; no row when it does not exist. */
export const PLACEMENT_ROW_LOCK = sqlStatement<[placementId: string]>()({
  name: "placements_placement_row_lock_v1",
  text: `SELECT id::text FROM placements WHERE id = $1::uuid FOR UPDATE`,
  row: z.strictObject({ id: z.string() }),
});
