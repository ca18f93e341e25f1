/**
 * CTEs of the fair $1's intents with their position's employer, the hired pairs (seeker,
 * employer), and those pairs now on the job: an ACTIVE or STABLE placement of that seeker at
 * that employer. Shared by the funnel and the employer rows of the fair report.
 */
export const FAIR_OUTCOMES = `
  fair_intents AS (
    SELECT i."seekerId", i.status::text AS status, p."employerId"
    FROM intents i JOIN positions p ON p.id = i."positionId"
    WHERE i."fairId" = $1::uuid
  ),
  hired AS (SELECT DISTINCT "seekerId", "employerId" FROM fair_intents WHERE status = 'HIRED'),
  on_job AS (
    SELECT h."seekerId", h."employerId", bool_or(pl.status = 'STABLE') AS stable
    FROM hired h JOIN placements pl ON pl."seekerId" = h."seekerId" AND pl."employerId" = h."employerId"
    WHERE pl.status IN ('ACTIVE', 'STABLE')
    GROUP BY h."seekerId", h."employerId"
  )`;
