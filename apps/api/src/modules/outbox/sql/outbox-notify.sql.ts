import { NO_ROWS_READ, sqlStatement } from "../../../lib/sql-statement.ts";

/** Wakes idle relays at commit (NOTIFY is delivered when the transaction commits). */
export const OUTBOX_NOTIFY = sqlStatement<[channel: string]>()({
  name: "outbox_notify_v1",
  text: `SELECT pg_notify($1, '')`,
  row: NO_ROWS_READ,
});
