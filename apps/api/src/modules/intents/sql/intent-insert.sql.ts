import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** Inserts an INTENDED intent; no row when the seeker already has one for the position (unique pair). */
export const INTENT_INSERT = sqlStatement<[seekerId: string, positionId: string, fairId: string | null, createdById: string]>()({
  name: "intents_insert_v1",
  text: `
    INSERT INTO intents (id, "seekerId", "positionId", "fairId", status, "createdById", "createdAt", "updatedAt")
    VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::uuid, 'INTENDED', $4::uuid, now(), now())
    ON CONFLICT ("seekerId", "positionId") DO NOTHING
    RETURNING id::text`,
  row: z.strictObject({ id: z.string() }),
});
