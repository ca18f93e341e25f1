import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** A row when the position is linked to the fair. */
export const FAIR_POSITION_LINK_FIND = sqlStatement<[fairId: string, positionId: string]>()({
  name: "intents_fair_position_link_find_v1",
  text: `SELECT 1 AS linked FROM fair_positions WHERE "fairId" = $1::uuid AND "positionId" = $2::uuid`,
  row: z.strictObject({ linked: z.literal(1) }),
});
