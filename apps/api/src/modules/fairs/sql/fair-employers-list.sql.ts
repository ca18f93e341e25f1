import { EmployerKindSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * A page of the fair's employers (or only $2 when given) with their booth and the positions
 * they link to it, counted as in the stats (open ones; every one for a CLOSED fair).
 */
export const FAIR_EMPLOYERS_LIST = sqlStatement<[fairId: string, employerId: string | null, limit: number, offset: number]>()({
  name: "fairs_employers_list_v1",
  text: `
    SELECT fe."fairId", fe."employerId", e.name, e."shortName", e.kind::text AS kind, e.city, fe.booth, fe."joinedAt",
           c."openPositions", c.openings
    FROM fair_employers fe
    JOIN employers e ON e.id = fe."employerId"
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS "openPositions", coalesce(sum(p.openings), 0)::int AS openings
      FROM fair_positions fp JOIN positions p ON p.id = fp."positionId"
      WHERE fp."fairId" = fe."fairId" AND p."employerId" = fe."employerId"
        AND (p.status = 'OPEN' OR (SELECT status FROM fairs WHERE id = fe."fairId") = 'CLOSED')
    ) c
    WHERE fe."fairId" = $1::uuid AND ($2::uuid IS NULL OR fe."employerId" = $2::uuid)
    ORDER BY fe.booth ASC NULLS LAST, e.name ASC
    LIMIT $3 OFFSET $4`,
  row: z.strictObject({
    fairId: z.string(),
    employerId: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: EmployerKindSchema,
    city: z.string(),
    booth: z.string().nullable(),
    joinedAt: z.date(),
    openPositions: z.number().int(),
    openings: z.number().int(),
  }),
});
