import { FairStatusSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { fairScopeSql } from "../../../lib/scope.ts";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * The desk's check-in in one statement: inserted only when the fair ($1) is OPEN and the
 * seeker ($2) exists, and the caller's scope ($6–$8, lib/scope.ts) may read the fair; both unique keys (fair+seeker, fair+clientRequestId) are settled by the
 * index (ON CONFLICT DO NOTHING). Always one row: what was found, and the new row if any.
 * A new row is also noted in check_in_announcements, due $9 ms from now: if this process dies
 * before broadcasting it, another process announces it then (check-in-announcements-claim).
 */
export const CHECK_IN_INSERT = sqlStatement<
  [
    fairId: string,
    seekerId: string,
    clientRequestId: string,
    at: Date,
    createdById: string,
    scopeOrganisationId: string | null,
    scopeFrom: string | null,
    scopeTo: string | null,
    announceWithinMs: number,
  ]
>()({
  name: "checkins_insert_v3",
  text: `
    WITH f AS (SELECT status FROM fairs WHERE id = $1::uuid AND ${fairScopeSql("fairs", 6)}),
         s AS (SELECT id FROM seekers WHERE id = $2::uuid),
         ins AS (
           INSERT INTO check_ins (id, "fairId", "seekerId", "clientRequestId", "at", "createdById")
           SELECT gen_random_uuid(), $1::uuid, s.id, $3, $4, $5::uuid
           FROM s, f WHERE f.status = 'OPEN'
           ON CONFLICT DO NOTHING
           RETURNING id, "at"),
         pending AS (
           INSERT INTO check_in_announcements ("checkInId", "fairId", "dueAt")
           SELECT ins.id, $1::uuid, now() + $9::int * interval '1 millisecond' FROM ins)
    SELECT (SELECT status::text FROM f) AS "fairStatus", EXISTS (SELECT 1 FROM s) AS "seekerExists", ins.id, ins."at"
    FROM (SELECT 1) AS one LEFT JOIN ins ON true`,
  row: z.strictObject({
    fairStatus: FairStatusSchema.nullable(),
    seekerExists: z.boolean(),
    id: z.string().nullable(),
    at: z.date().nullable(),
  }),
});
