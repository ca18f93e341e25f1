import { NO_ROWS_READ, sqlStatement } from "../../../lib/sql-statement.ts";

/** Starts the progress row of an import; touches no row when the id is taken. */
export const IMPORT_PROGRESS_START = sqlStatement<[importId: string, actorUserId: string]>()({
  name: "households_import_progress_start_v1",
  text: `
    INSERT INTO import_progress (id, kind, "actorUserId") VALUES ($1::uuid, 'households', $2::uuid)
    ON CONFLICT (id) DO NOTHING`,
  row: NO_ROWS_READ,
});
