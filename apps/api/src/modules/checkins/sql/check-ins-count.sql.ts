import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Check-ins at the fair: (fairId, seekerId) is unique, so rows = seekers. */
export const CHECK_INS_COUNT = sqlStatement<[fairId: string]>()({
  name: "checkins_count_v1",
  text: `SELECT count(*)::int AS n FROM check_ins WHERE "fairId" = $1::uuid`,
  row: z.strictObject({ n: z.number().int() }),
});
