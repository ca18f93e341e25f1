import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** The live screen's totals for the fair, with the database's time they hold at. */
export const CHECK_IN_TIMELINE_TOTALS = sqlStatement<[fairId: string]>()({
  name: "checkins_timeline_totals_v1",
  text: `
    SELECT (SELECT count(*)::int FROM check_ins WHERE "fairId" = $1::uuid) AS "checkIns",
           (SELECT count(*)::int FROM intents WHERE "fairId" = $1::uuid) AS intents,
           (SELECT count(DISTINCT "seekerId")::int FROM intents WHERE "fairId" = $1::uuid) AS "seekersWithIntent",
           now() AS "asOf"`,
  row: z.strictObject({
    checkIns: z.number().int(),
    intents: z.number().int(),
    seekersWithIntent: z.number().int(),
    asOf: z.date(),
  }),
});
