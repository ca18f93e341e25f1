import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Events of the topic up to an id that are not processed yet. */
export const OUTBOX_COUNT_PENDING = sqlStatement<[topic: string, upToId: bigint]>()({
  name: "outbox_count_pending_v1",
  text: `SELECT count(*)::int AS n FROM outbox_events WHERE topic = $1 AND id <= $2 AND "processedAt" IS NULL`,
  row: z.strictObject({ n: z.number().int() }),
});
