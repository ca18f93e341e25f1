import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** The newest event of the topic for these aggregates (null when there is none). */
export const OUTBOX_LAST_ID = sqlStatement<[topic: string, aggregateIds: string[]]>()({
  name: "outbox_last_id_v1",
  text: `SELECT max(id) AS last FROM outbox_events WHERE topic = $1 AND "aggregateId" = ANY($2)`,
  row: z.strictObject({ last: z.bigint().nullable() }),
});
