import { NO_ROWS_READ, sqlStatement } from "../../../lib/sql-statement.ts";

/** Releases the holder's claim and reschedules with exponential backoff, capped at $5 ms. */
export const OUTBOX_MARK_FAILED = sqlStatement<
  [ids: bigint[], instanceId: string, error: string, baseDelayMs: number, maxDelayMs: number]
>()({
  name: "outbox_mark_failed_v1",
  text: `
    UPDATE outbox_events SET
      attempts = attempts + 1,
      "lastError" = $3,
      "claimedBy" = NULL,
      "claimedUntil" = NULL,
      "availableAt" = now() + least($5::float8, $4::float8 * power(2, least(attempts, 20))) * interval '1 millisecond'
    WHERE id = ANY($1::bigint[]) AND "processedAt" IS NULL AND "claimedBy" = $2`,
  row: NO_ROWS_READ,
});
