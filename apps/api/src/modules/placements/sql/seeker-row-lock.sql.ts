import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Locks the seeker's row, so two clerks entering the same hire at once take turns. */
export const SEEKER_ROW_LOCK = sqlStatement<[seekerId: string]>()({
  name: "placements_seeker_row_lock_v1",
  text: `SELECT id FROM seekers WHERE id = $1::uuid FOR UPDATE`,
  row: z.strictObject({ id: z.string() }),
});
