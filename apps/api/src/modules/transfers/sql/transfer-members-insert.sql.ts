import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * Lists people ($2) on a transfer ($1) that is still PLANNED; people already on it are left as
 * they are (ON CONFLICT DO NOTHING). The transfer row is held FOR SHARE, so a departure waits
 * for this insert and then turns the new LISTED rows into NO_SHOW like the others.
 */
export const TRANSFER_MEMBERS_INSERT = sqlStatement<[transferId: string, seekerIds: string[]]>()({
  name: "transfers_members_insert_v1",
  text: `
    WITH t AS (SELECT id FROM transfers WHERE id = $1::uuid AND status = 'PLANNED' FOR SHARE),
         ins AS (
           INSERT INTO transfer_members ("transferId", "seekerId", "updatedAt")
           SELECT t.id, s.id, now() FROM t, unnest($2::uuid[]) AS s(id)
           ON CONFLICT DO NOTHING
           RETURNING "seekerId")
    SELECT EXISTS (SELECT 1 FROM t) AS planned, ARRAY(SELECT "seekerId"::text FROM ins) AS added`,
  row: z.strictObject({ planned: z.boolean(), added: z.array(z.string()) }),
});
