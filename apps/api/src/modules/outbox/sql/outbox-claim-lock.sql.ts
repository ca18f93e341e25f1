import { NO_ROWS_READ, sqlStatement } from "../../../lib/sql-statement.ts";

/** Serialises claims across processes, so one aggregate is never in two live claims. */
const CLAIM_LOCK_KEY = 7_261_301;

/** Taken first, in its own statement, so the claim's snapshot sees every claim committed before it. */
export const OUTBOX_CLAIM_LOCK = sqlStatement<[]>()({
  name: "outbox_claim_lock_v1",
  text: `SELECT pg_advisory_xact_lock(${CLAIM_LOCK_KEY})`,
  row: NO_ROWS_READ,
});
