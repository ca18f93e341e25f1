import { NotificationStatusSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Counts a failed try of a PENDING message; at $4 attempts it is given up (FAILED). No row: it was not PENDING. */
export const NOTIFICATION_FAILURE_RECORD = sqlStatement<[id: string, error: string, provider: string, maxAttempts: number]>()({
  name: "notification_failure_record_v1",
  text: `
    UPDATE notifications
    SET attempts = attempts + 1,
        "lastError" = $2,
        provider = $3,
        status = CASE WHEN attempts + 1 >= $4 THEN 'FAILED' ELSE 'PENDING' END::"NotificationStatus"
    WHERE id = $1::uuid AND status = 'PENDING'
    RETURNING status::text`,
  row: z.strictObject({ status: NotificationStatusSchema.exclude(["SENT"]) }),
});
