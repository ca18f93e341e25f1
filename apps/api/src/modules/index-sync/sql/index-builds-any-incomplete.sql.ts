import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Whether any of these live indexes is being filled while incomplete (a live lease with liveIncomplete). */
export const INDEX_BUILDS_ANY_INCOMPLETE = sqlStatement<[indexUids: string[]]>()({
  name: "index_builds_any_incomplete_v1",
  text: `
    SELECT EXISTS (
      SELECT 1 FROM search_index_builds
      WHERE "indexUid" = ANY($1) AND "liveIncomplete" AND "leaseUntil" > now()) AS busy`,
  row: z.strictObject({ busy: z.boolean() }),
});
