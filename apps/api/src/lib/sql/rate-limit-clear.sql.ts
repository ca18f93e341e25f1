import { NO_ROWS_READ, sqlStatement } from "../sql-statement.ts";

/** Forgets the key's window. */
export const RATE_LIMIT_CLEAR = sqlStatement<[key: string]>()({
  name: "rate_limits_clear_v1",
  text: `DELETE FROM rate_limits WHERE "key" = $1`,
  row: NO_ROWS_READ,
});
