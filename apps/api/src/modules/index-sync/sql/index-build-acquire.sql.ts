import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Takes the index's lease for $2 when it is free, expired or already $2's; no row when another holder has it. */
export const INDEX_BUILD_ACQUIRE = sqlStatement<[indexUid: string, holder: string, liveIncomplete: boolean, leaseMs: number]>()({
  name: "index_builds_acquire_v1",
  text: `
    INSERT INTO search_index_builds ("indexUid", holder, "liveIncomplete", "startedAt", "leaseUntil")
    VALUES ($1, $2, $3, now(), now() + $4::float8 * interval '1 millisecond')
    ON CONFLICT ("indexUid") DO UPDATE SET
      holder = EXCLUDED.holder, "liveIncomplete" = EXCLUDED."liveIncomplete",
      "startedAt" = EXCLUDED."startedAt", "leaseUntil" = EXCLUDED."leaseUntil"
    WHERE search_index_builds."leaseUntil" < now() OR search_index_builds.holder = EXCLUDED.holder
    RETURNING "indexUid"`,
  row: z.strictObject({ indexUid: z.string() }),
});
