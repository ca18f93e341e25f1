import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * Upserts a chunk of registry rows given as six parallel arrays (code, region, township,
 * village, status, members) and counts what it inserted and updated. Unchanged rows are
 * dropped by index lookups first (LATERAL … LIMIT 1 keeps the planner from scanning the
 * whole table per chunk), so a re-import reads and never locks or writes; the upsert's own
 * WHERE keeps the outcome right if another import got there meanwhile. A changed household
 * (poverty status, region) changes its members' matching documents: their ids come back as
 * `reindexIds`, for the outbox in the same transaction.
 */
export const HOUSEHOLDS_UPSERT_CHUNK = sqlStatement<
  [codes: string[], regionCodes: string[], townships: string[], villages: string[], statuses: string[], members: number[]]
>()({
  name: "households_upsert_chunk_v1",
  text: `
    WITH incoming AS (
      SELECT r.* FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
             AS r(code, region, township, village, status, members)
      LEFT JOIN LATERAL (SELECT e."regionCode", e.township, e.village, e."povertyStatus"::text AS status, e."labourCapableMembers"
                         FROM households e WHERE e.code = r.code LIMIT 1) AS e ON true
      WHERE e."regionCode" IS NULL
         OR (e."regionCode", e.township, e.village, e.status, e."labourCapableMembers")
            IS DISTINCT FROM (r.region, r.township, r.village, r.status, r.members)),
    up AS (
      INSERT INTO households AS h (id, code, "regionCode", township, village, "povertyStatus", "labourCapableMembers", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), code, region, township, village, status::"PovertyStatus", members, now(), now() FROM incoming
      ON CONFLICT (code) DO UPDATE SET
        "regionCode" = EXCLUDED."regionCode", township = EXCLUDED.township, village = EXCLUDED.village,
        "povertyStatus" = EXCLUDED."povertyStatus", "labourCapableMembers" = EXCLUDED."labourCapableMembers",
        "updatedAt" = now()
      WHERE (h."regionCode", h.township, h.village, h."povertyStatus", h."labourCapableMembers")
            IS DISTINCT FROM (EXCLUDED."regionCode", EXCLUDED.township, EXCLUDED.village, EXCLUDED."povertyStatus", EXCLUDED."labourCapableMembers")
      RETURNING h.id, h."regionCode", (xmax = 0) AS inserted),
    reindex AS (
      UPDATE seekers s SET "homeRegionCode" = up."regionCode" FROM up
      WHERE up.id = s."householdId" AND NOT up.inserted
      RETURNING s.id::text AS id)
    SELECT count(*) FILTER (WHERE inserted)::int AS imported, count(*) FILTER (WHERE NOT inserted)::int AS updated,
           (SELECT coalesce(array_agg(id), '{}') FROM reindex) AS "reindexIds" FROM up`,
  row: z.strictObject({ imported: z.number().int(), updated: z.number().int(), reindexIds: z.array(z.string()) }),
});
