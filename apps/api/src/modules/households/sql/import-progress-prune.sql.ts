import { NO_ROWS_READ, sqlStatement } from "../../../lib/sql-statement.ts";

/** Forgets the progress of imports started more than $1 days ago. */
export const IMPORT_PROGRESS_PRUNE = sqlStatement<[keepDays: number]>()({
  name: "households_import_progress_prune_v1",
  text: `DELETE FROM import_progress WHERE "startedAt" < now() - make_interval(days => $1)`,
  row: NO_ROWS_READ,
});
