import { FairStatusSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * Fairs the seeker $1 confirmed a pre-registration for, or was checked in at (a desk
 * registration has no pre-registration); the latest fair first.
 */
export const MY_FAIRS_LIST = sqlStatement<[seekerId: string]>()({
  name: "me_fairs_list_v1",
  text: `
    WITH regs AS (
      SELECT "fairId", min("createdAt") AS at FROM registrations
      WHERE "seekerId" = $1::uuid AND "confirmedAt" IS NOT NULL
      GROUP BY "fairId"
    ), checks AS (
      SELECT "fairId", at FROM check_ins WHERE "seekerId" = $1::uuid
    )
    SELECT f.id::text AS "fairId", f.title, f.venue, f."startsAt", f."endsAt", f.status::text AS status,
           COALESCE(r.at, c.at) AS "registeredAt", c.at AS "checkedInAt"
    FROM fairs f
    LEFT JOIN regs r ON r."fairId" = f.id
    LEFT JOIN checks c ON c."fairId" = f.id
    WHERE r."fairId" IS NOT NULL OR c."fairId" IS NOT NULL
    ORDER BY f."startsAt" DESC, f.id`,
  row: z.strictObject({
    fairId: z.string(),
    title: z.string(),
    venue: z.string(),
    startsAt: z.date(),
    endsAt: z.date(),
    status: FairStatusSchema,
    registeredAt: z.date(),
    checkedInAt: z.date().nullable(),
  }),
});
