import { PositionStatusSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** The position's status, its row held FOR SHARE: a position being closed meanwhile waits for the intent. */
export const POSITION_STATUS_FOR_SHARE = sqlStatement<[positionId: string]>()({
  name: "intents_position_status_for_share_v1",
  text: `SELECT status::text FROM positions WHERE id = $1::uuid FOR SHARE`,
  row: z.strictObject({ status: PositionStatusSchema }),
});
