import { TransferMemberStateSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * Why a scan boarded nobody, read after it: the member an earlier scan with the same request
 * id ($2) boarded (a replay), and the scanned person's ($3) state on the list (null: not on it).
 */
export const TRANSFER_BOARDING_OUTCOME = sqlStatement<[transferId: string, clientRequestId: string, seekerId: string | null]>()({
  name: "transfers_boarding_outcome_v1",
  text: `
    SELECT r."seekerId" AS "replayOf", r.state::text AS "replayState",
           (SELECT m.state::text FROM transfer_members m WHERE m."transferId" = $1::uuid AND m."seekerId" = $3::uuid) AS "memberState"
    FROM (SELECT 1) AS one
    LEFT JOIN transfer_members r ON r."transferId" = $1::uuid AND r."boardingRequestId" = $2`,
  row: z.strictObject({
    replayOf: z.string().nullable(),
    replayState: TransferMemberStateSchema.nullable(),
    memberState: TransferMemberStateSchema.nullable(),
  }),
});
