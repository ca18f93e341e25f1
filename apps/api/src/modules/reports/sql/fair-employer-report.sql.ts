import { FairReportRowSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { FAIR_OUTCOMES } from "./fair-outcomes.ts";

/** A row per employer that joined the fair $1, has open positions linked to it, or received intents there. */
export const FAIR_EMPLOYER_REPORT = sqlStatement<[fairId: string]>()({
  name: "reports_fair_employer_report_v1",
  text: `
    WITH ${FAIR_OUTCOMES},
    fair_positions_open AS (
      SELECT p."employerId", count(*)::int AS positions, sum(p.openings)::int AS openings
      FROM fair_positions fp JOIN positions p ON p.id = fp."positionId"
      WHERE fp."fairId" = $1::uuid AND p.status = 'OPEN'
      GROUP BY p."employerId"
    ),
    intent_counts AS (
      SELECT "employerId", count(*)::int AS intents, count(DISTINCT "seekerId")::int AS seekers,
             count(DISTINCT "seekerId") FILTER (WHERE status = 'HIRED')::int AS hired
      FROM fair_intents GROUP BY "employerId"
    ),
    job_counts AS (
      SELECT "employerId", count(*)::int AS placed, count(*) FILTER (WHERE stable)::int AS stable
      FROM on_job GROUP BY "employerId"
    ),
    fair_employer_ids AS (
      SELECT "employerId" FROM fair_employers WHERE "fairId" = $1::uuid
      UNION SELECT "employerId" FROM fair_positions_open
      UNION SELECT "employerId" FROM intent_counts
    )
    SELECT e.id::text AS "employerId", e.name AS "employerName", fe.booth,
           coalesce(fp.positions, 0) AS positions, coalesce(fp.openings, 0) AS openings,
           coalesce(ic.intents, 0) AS intents, coalesce(ic.seekers, 0) AS "seekersWithIntent",
           coalesce(ic.hired, 0) AS hired, coalesce(jc.placed, 0) AS placed, coalesce(jc.stable, 0) AS stable
    FROM fair_employer_ids ids
    JOIN employers e ON e.id = ids."employerId"
    LEFT JOIN fair_employers fe ON fe."fairId" = $1::uuid AND fe."employerId" = e.id
    LEFT JOIN fair_positions_open fp ON fp."employerId" = e.id
    LEFT JOIN intent_counts ic ON ic."employerId" = e.id
    LEFT JOIN job_counts jc ON jc."employerId" = e.id
    ORDER BY fe.booth NULLS LAST, e.name, e.id`,
  row: z.strictObject(FairReportRowSchema.shape),
});
