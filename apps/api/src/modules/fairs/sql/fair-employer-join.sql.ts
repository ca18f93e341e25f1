import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * Joins the employer to the fair, or sets its booth when already joined ($4 true keeps the
 * booth it has). One statement, so concurrent joins cannot both "create".
 */
export const FAIR_EMPLOYER_JOIN = sqlStatement<[fairId: string, employerId: string, booth: string | null, keepBooth: boolean]>()({
  name: "fairs_employer_join_v1",
  text: `
    INSERT INTO fair_employers ("fairId", "employerId", booth) VALUES ($1::uuid, $2::uuid, $3)
    ON CONFLICT ("fairId", "employerId") DO UPDATE
      SET booth = CASE WHEN $4 THEN fair_employers.booth ELSE EXCLUDED.booth END
    RETURNING (xmax = 0) AS created`,
  row: z.strictObject({ created: z.boolean() }),
});
