import { PositionEmployerSchema, PositionSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * POSITION_VIEW in one statement for the public position page, the hottest read: one round
 * trip and a named prepared statement on the pool under Prisma, instead of a compiled
 * Prisma query per request and a query per relation (see BENCHMARKS.md, API hot reads).
 */
export const POSITION_VIEW_FIND = sqlStatement<[positionId: string]>()({
  name: "positions_find_view_v1",
  text: `
    SELECT p.id, p."employerId", p.title, p.description, p.openings, p."wageMin", p."wageMax", p.city,
           p."foodProvided", p."lodgingProvided", p."ageMin", p."ageMax", p.gender::text AS gender, p.tags,
           p.status::text AS status, p."closedAt", p."createdAt", p."updatedAt",
           json_build_object('id', e.id, 'name', e.name, 'shortName', e."shortName", 'kind', e.kind::text, 'city', e.city) AS employer,
           coalesce((SELECT json_agg(json_build_object('fairId', fp."fairId") ORDER BY fp."linkedAt")
                     FROM fair_positions fp WHERE fp."positionId" = p.id), '[]'::json) AS fairs
    FROM positions p JOIN employers e ON e.id = p."employerId"
    WHERE p.id = $1::uuid`,
  // The contract's fields where the row already has their shape; times and fair links as stored.
  row: z.strictObject({
    ...PositionSchema.omit({ employer: true, fairIds: true, closedAt: true, createdAt: true, updatedAt: true }).shape,
    closedAt: z.date().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    employer: z.strictObject(PositionEmployerSchema.shape),
    fairs: z.array(z.strictObject({ fairId: z.string() })),
  }),
});
