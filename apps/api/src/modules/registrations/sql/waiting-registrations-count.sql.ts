import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { WAITING_REGISTRATIONS } from "./waiting-registrations-page.sql.ts";

/** How many people the desk still has to look after at fair $1 (see WAITING_REGISTRATIONS). */
export const WAITING_REGISTRATIONS_COUNT = sqlStatement<[fairId: string]>()({
  name: "registrations_waiting_count_v1",
  text: `SELECT count(*)::int AS total FROM (${WAITING_REGISTRATIONS}) w`,
  row: z.strictObject({ total: z.number().int() }),
});
