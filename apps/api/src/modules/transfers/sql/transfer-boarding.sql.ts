import { TransferStatusSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { exportedTransfersSql } from "../transfer-scope.ts";

/**
 * The boarding desk's scan in one statement: the member ($2) moves LISTED → BOARDED only while
 * the transfer ($1) is PLANNED and the caller's scope ($5, $6: the exporting side) runs it, and
 * only when no member already carries this request id ($3). Concurrent desks meet on the
 * member row: the second update re-reads it, finds BOARDED and writes nothing, so a person
 * boards exactly once. A person not on the list matches no row: nothing is written.
 */
export const TRANSFER_BOARDING = sqlStatement<
  [transferId: string, seekerId: string | null, clientRequestId: string, boardedAt: Date, scopeFrom: string | null, scopeTo: string | null]
>()({
  name: "transfers_boarding_v1",
  text: `
    WITH t AS (SELECT tr.id, tr.status FROM transfers tr WHERE tr.id = $1::uuid AND ${exportedTransfersSql("tr", 5)}),
         upd AS (
           UPDATE transfer_members m
           SET state = 'BOARDED', "boardedAt" = $4, "boardingRequestId" = $3, "updatedAt" = now()
           FROM t
           WHERE m."transferId" = t.id AND m."seekerId" = $2::uuid AND m.state = 'LISTED' AND t.status = 'PLANNED'
             AND NOT EXISTS (SELECT 1 FROM transfer_members r WHERE r."transferId" = t.id AND r."boardingRequestId" = $3)
           RETURNING m."seekerId")
    SELECT (SELECT status::text FROM t) AS "transferStatus", EXISTS (SELECT 1 FROM upd) AS boarded`,
  row: z.strictObject({ transferStatus: TransferStatusSchema.nullable(), boarded: z.boolean() }),
});
