import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Whether the database answers at all. */
export const DATABASE_PING = sqlStatement<[]>()({
  name: "health_database_ping_v1",
  text: `SELECT 1 AS ok`,
  row: z.strictObject({ ok: z.literal(1) }),
});
