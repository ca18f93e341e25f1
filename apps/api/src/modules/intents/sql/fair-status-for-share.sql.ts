import { FairStatusSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** The fair's status, its row held FOR SHARE: a fair being closed meanwhile waits for the intent. */
export const FAIR_STATUS_FOR_SHARE = sqlStatement<[fairId: string]>()({
  name: "intents_fair_status_for_share_v1",
  text: `SELECT status::text FROM fairs WHERE id = $1::uuid FOR SHARE`,
  row: z.strictObject({ status: FairStatusSchema }),
});
