import { NO_ROWS_READ, sqlStatement } from "../../../lib/sql-statement.ts";

export const OUTBOX_MARK_PROCESSED = sqlStatement<[ids: bigint[]]>()({
  name: "outbox_mark_processed_v1",
  text: `
    UPDATE outbox_events SET "processedAt" = now(), "claimedUntil" = NULL, "lastError" = NULL
    WHERE id = ANY($1::bigint[]) AND "processedAt" IS NULL`,
  row: NO_ROWS_READ,
});
