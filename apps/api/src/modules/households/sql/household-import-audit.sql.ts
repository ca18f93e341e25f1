import { NO_ROWS_READ, sqlStatement } from "../../../lib/sql-statement.ts";

/** The audit entry of a household import, written in the import's own transaction. */
export const HOUSEHOLD_IMPORT_AUDIT = sqlStatement<[actorUserId: string, entityId: string | null, data: string]>()({
  name: "households_import_audit_v1",
  text: `INSERT INTO audit_logs ("actorUserId", action, "entityType", "entityId", data) VALUES ($1::uuid, 'households.import', 'household_import', $2, $3::jsonb)`,
  row: NO_ROWS_READ,
});
