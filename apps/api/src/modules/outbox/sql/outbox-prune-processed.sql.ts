import { NO_ROWS_READ, sqlStatement } from "../../../lib/sql-statement.ts";

/** Deletes up to $2 events processed more than $1 ms ago. */
export const OUTBOX_PRUNE_PROCESSED = sqlStatement<[retentionMs: number, chunk: number]>()({
  name: "outbox_prune_processed_v1",
  text: `
    DELETE FROM outbox_events WHERE id IN (
      SELECT id FROM outbox_events
      WHERE "processedAt" < now() - $1::float8 * interval '1 millisecond'
      ORDER BY id LIMIT $2)`,
  row: NO_ROWS_READ,
});
