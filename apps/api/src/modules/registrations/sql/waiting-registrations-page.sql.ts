import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * The people the desk still has to look after at fair $1: one row per person (their latest
 * request; asking for a new code makes a new registration), leaving out anyone whose
 * registration for this fair was confirmed or who is already checked in at it.
 */
export const WAITING_REGISTRATIONS = `
  SELECT DISTINCT ON (r."idNumberHash") r.id, r."createdAt"
  FROM registrations r
  WHERE r."fairId" = $1::uuid AND r."confirmedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM registrations c
                    WHERE c."fairId" = r."fairId" AND c."idNumberHash" = r."idNumberHash" AND c."confirmedAt" IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM seekers s JOIN check_ins ci ON ci."seekerId" = s.id AND ci."fairId" = r."fairId"
                    WHERE s."idNumberHash" = r."idNumberHash")
  ORDER BY r."idNumberHash", r."createdAt" DESC, r.id`;

/** A page of the waiting registrations' ids, the latest first. */
export const WAITING_REGISTRATIONS_PAGE = sqlStatement<[fairId: string, limit: number, offset: number]>()({
  name: "registrations_waiting_page_v1",
  text: `SELECT id::text FROM (${WAITING_REGISTRATIONS}) w ORDER BY "createdAt" DESC, id LIMIT $2 OFFSET $3`,
  row: z.strictObject({ id: z.string() }),
});
