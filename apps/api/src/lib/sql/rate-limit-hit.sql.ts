import { z } from "zod";
import { sqlStatement } from "../sql-statement.ts";

/** Counts a hit on key $1 in its fixed window of $2 seconds (a new window when the last one ended): one atomic upsert. */
export const RATE_LIMIT_HIT = sqlStatement<[key: string, windowSeconds: number]>()({
  name: "rate_limits_hit_v1",
  text: `
    INSERT INTO rate_limits ("key", "count", "resetAt")
    VALUES ($1, 1, now() + make_interval(secs => $2))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN rate_limits."resetAt" <= now() THEN 1 ELSE rate_limits."count" + 1 END,
      "resetAt" = CASE WHEN rate_limits."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE rate_limits."resetAt" END
    RETURNING "count", "resetAt"`,
  row: z.strictObject({ count: z.number().int(), resetAt: z.date() }),
});
