import { z } from "zod";
import { sqlStatement } from "../sql-statement.ts";

/** The key's count in its current window; no row when the window ended or never began. */
export const RATE_LIMIT_PEEK = sqlStatement<[key: string]>()({
  name: "rate_limits_peek_v1",
  text: `SELECT "count", "resetAt" FROM rate_limits WHERE "key" = $1 AND "resetAt" > now()`,
  row: z.strictObject({ count: z.number().int(), resetAt: z.date() }),
});
