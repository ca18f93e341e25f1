import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * Claims up to $2 ready events of the topics $1 for the holder $3 until now() + $4 (an
 * interval). Events of an aggregate that another live claim holds are left alone.
 */
export const OUTBOX_CLAIM = sqlStatement<[topics: string[], limit: number, instanceId: string, lease: string]>()({
  name: "outbox_claim_v1",
  text: `
    WITH ready AS (
      SELECT e.id FROM outbox_events e
      WHERE e."processedAt" IS NULL
        AND e.topic = ANY($1)
        AND e."availableAt" <= now()
        AND (e."claimedUntil" IS NULL OR e."claimedUntil" < now())
        AND NOT EXISTS (
          SELECT 1 FROM outbox_events o
          WHERE o."processedAt" IS NULL AND o."claimedUntil" >= now()
            AND o.topic = e.topic AND o."aggregateId" = e."aggregateId")
      ORDER BY e.id
      LIMIT $2
      FOR UPDATE SKIP LOCKED
    )
    UPDATE outbox_events SET "claimedBy" = $3, "claimedUntil" = now() + $4::interval
    FROM ready WHERE outbox_events.id = ready.id
    RETURNING outbox_events.id, outbox_events.topic, outbox_events."aggregateId", outbox_events.payload,
              outbox_events.attempts, outbox_events."createdAt"`,
  row: z.strictObject({
    id: z.bigint(),
    topic: z.string(),
    aggregateId: z.string(),
    payload: z.json(),
    attempts: z.number().int(),
    createdAt: z.date(),
  }),
});
