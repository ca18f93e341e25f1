import { NO_ROWS_READ, sqlStatement } from "../../../lib/sql-statement.ts";

/** Gives the holder's lease back. */
export const INDEX_BUILD_RELEASE = sqlStatement<[indexUid: string, holder: string]>()({
  name: "index_builds_release_v1",
  text: `DELETE FROM search_index_builds WHERE "indexUid" = $1 AND holder = $2`,
  row: NO_ROWS_READ,
});
