import { NO_ROWS_READ, sqlStatement } from "../../../lib/sql-statement.ts";

/** These check-ins have been broadcast: nothing left for another process to announce. */
export const CHECK_IN_ANNOUNCEMENTS_DONE = sqlStatement<[checkInIds: string[]]>()({
  name: "checkin_announcements_done_v1",
  text: `DELETE FROM check_in_announcements WHERE "checkInId" = ANY($1::uuid[])`,
  row: NO_ROWS_READ,
});
