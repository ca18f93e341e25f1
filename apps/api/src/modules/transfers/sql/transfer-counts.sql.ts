import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Members of each transfer ($1) by their current state, counted from the rows; a transfer without members has no row. */
export const TRANSFER_COUNTS = sqlStatement<[transferIds: string[]]>()({
  name: "transfers_counts_v1",
  text: `
    SELECT "transferId",
           count(*) FILTER (WHERE state = 'LISTED')::int AS listed,
           count(*) FILTER (WHERE state = 'BOARDED')::int AS boarded,
           count(*) FILTER (WHERE state = 'ARRIVED')::int AS arrived,
           count(*) FILTER (WHERE state = 'NO_SHOW')::int AS "noShow",
           count(*) FILTER (WHERE state = 'EXCEPTION')::int AS exceptions
    FROM transfer_members
    WHERE "transferId" = ANY ($1::uuid[])
    GROUP BY "transferId"`,
  row: z.strictObject({
    transferId: z.string(),
    listed: z.number().int(),
    boarded: z.number().int(),
    arrived: z.number().int(),
    noShow: z.number().int(),
    exceptions: z.number().int(),
  }),
});
