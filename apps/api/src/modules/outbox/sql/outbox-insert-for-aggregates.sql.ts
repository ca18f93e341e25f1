import { NO_ROWS_READ, sqlStatement } from "../../../lib/sql-statement.ts";

/** One event of `topic` per aggregate id, for code that runs its own pg transaction (bulk imports). */
export const OUTBOX_INSERT_FOR_AGGREGATES = sqlStatement<[topic: string, aggregateIds: string[]]>()({
  name: "outbox_insert_for_aggregates_v1",
  text: `INSERT INTO outbox_events (topic, "aggregateId", payload) SELECT $1, id, '{}'::jsonb FROM unnest($2::text[]) AS id`,
  row: NO_ROWS_READ,
});
