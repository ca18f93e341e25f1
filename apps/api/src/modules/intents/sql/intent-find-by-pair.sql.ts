import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** The intent of a seeker for a position (at most one: the pair is unique). */
export const INTENT_FIND_BY_PAIR = sqlStatement<[seekerId: string, positionId: string]>()({
  name: "intents_find_by_pair_v1",
  text: `SELECT id::text FROM intents WHERE "seekerId" = $1::uuid AND "positionId" = $2::uuid`,
  row: z.strictObject({ id: z.string() }),
});
