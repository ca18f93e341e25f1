import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Distinct seekers with at least one intent at the fair (the live figure). */
export const INTENT_SEEKERS_COUNT = sqlStatement<[fairId: string]>()({
  name: "intents_seekers_count_v1",
  text: `SELECT count(DISTINCT "seekerId")::int AS n FROM intents WHERE "fairId" = $1::uuid`,
  row: z.strictObject({ n: z.number().int() }),
});
