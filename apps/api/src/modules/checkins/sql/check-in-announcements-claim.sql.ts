import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * Overdue announcements (their process died before broadcasting): claimed and removed in one
 * statement, SKIP LOCKED so that processes sweeping at the same moment share them out, and
 * answered with the check-ins to announce.
 */
export const CHECK_IN_ANNOUNCEMENTS_CLAIM = sqlStatement<[limit: number]>()({
  name: "checkin_announcements_claim_v1",
  text: `
    WITH claimed AS (
      DELETE FROM check_in_announcements
      WHERE "checkInId" IN (
        SELECT "checkInId" FROM check_in_announcements
        WHERE "dueAt" < now() ORDER BY "dueAt" LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING "checkInId")
    SELECT c.id, c."fairId", c."seekerId", c."at"
    FROM check_ins c JOIN claimed ON c.id = claimed."checkInId"`,
  row: z.strictObject({ id: z.string(), fairId: z.string(), seekerId: z.string(), at: z.date() }),
});
