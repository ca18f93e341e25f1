import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Moves the seeker's open intents for the position to HIRED (a placement is the proof of the hire). */
export const OPEN_INTENTS_HIRE = sqlStatement<[seekerId: string, positionId: string]>()({
  name: "placements_open_intents_hire_v1",
  text: `
    UPDATE intents SET status = 'HIRED', "updatedAt" = now()
    WHERE "seekerId" = $1::uuid AND "positionId" = $2::uuid
      AND status IN ('INTENDED', 'INTERVIEWED', 'OFFERED')
    RETURNING id::text`,
  row: z.strictObject({ id: z.string() }),
});
