import { NO_ROWS_READ, sqlStatement } from "../../../lib/sql-statement.ts";

/** Extends the holder's lease by $3 ms; touches no row when the lease was lost. */
export const INDEX_BUILD_RENEW = sqlStatement<[indexUid: string, holder: string, leaseMs: number]>()({
  name: "index_builds_renew_v1",
  text: `
    UPDATE search_index_builds SET "leaseUntil" = now() + $3::float8 * interval '1 millisecond'
    WHERE "indexUid" = $1 AND holder = $2`,
  row: NO_ROWS_READ,
});
