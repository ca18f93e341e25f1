import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** The check-in that won: a replay of the same request ($2) first, else the seeker's ($3) earlier one. */
export const CHECK_IN_FIND_EXISTING = sqlStatement<[fairId: string, clientRequestId: string, seekerId: string | null]>()({
  name: "checkins_find_existing_v1",
  text: `
    SELECT id, "fairId", "seekerId", "at" FROM check_ins
    WHERE "fairId" = $1::uuid AND ("clientRequestId" = $2 OR "seekerId" = $3::uuid)
    ORDER BY ("clientRequestId" = $2) DESC
    LIMIT 1`,
  row: z.strictObject({ id: z.string(), fairId: z.string(), seekerId: z.string(), at: z.date() }),
});
