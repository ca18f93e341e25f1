import type { FairFunnel, FairReportRow, PovertyStatus, ZeroEmploymentHousehold } from "@xiezuo/contracts";
import { type Db, Prisma } from "../../lib/prisma.ts";

export interface VillageCounts {
  regionCode: string;
  township: string;
  village: string;
  households: number;
  labourHouseholds: number;
  placedHouseholds: number;
  stableHouseholds: number;
}

export interface HouseholdFilter {
  /** A county code matches itself; a prefecture (xxxx00) or province (xx0000) code its counties. */
  regionCode?: string;
  township?: string;
  village?: string;
  povertyStatus?: PovertyStatus[];
}

function regionCondition(regionCode: string | undefined): Prisma.Sql {
  if (!regionCode) return Prisma.empty;
  const prefix = regionCode.endsWith("0000") ? regionCode.slice(0, 2) : regionCode.endsWith("00") ? regionCode.slice(0, 4) : regionCode;
  return Prisma.sql`AND h."regionCode" LIKE ${`${prefix}%`}`;
}

function householdConditions(filter: HouseholdFilter): Prisma.Sql {
  return Prisma.sql`${regionCondition(filter.regionCode)}
    ${filter.township ? Prisma.sql`AND h.township = ${filter.township}` : Prisma.empty}
    ${filter.village ? Prisma.sql`AND h.village = ${filter.village}` : Prisma.empty}
    ${filter.povertyStatus ? Prisma.sql`AND h."povertyStatus"::text = ANY(${filter.povertyStatus}::text[])` : Prisma.empty}`;
}

/** A member of the household (a seeker linked to it) has a placement in one of these statuses. */
const memberPlaced = (statuses: Prisma.Sql) => Prisma.sql`EXISTS (
  SELECT 1 FROM seekers s JOIN placements p ON p."seekerId" = s.id
  WHERE s."householdId" = h.id AND p.status::text IN (${statuses}))`;

/**
 * The fair's intents with their position's employer, the hired pairs (seeker, employer), and
 * those pairs now on the job: an ACTIVE or STABLE placement of that seeker at that employer.
 */
const fairOutcomes = (fairId: string) => Prisma.sql`
  fair_intents AS (
    SELECT i."seekerId", i.status::text AS status, p."employerId"
    FROM intents i JOIN positions p ON p.id = i."positionId"
    WHERE i."fairId" = ${fairId}::uuid
  ),
  hired AS (SELECT DISTINCT "seekerId", "employerId" FROM fair_intents WHERE status = 'HIRED'),
  on_job AS (
    SELECT h."seekerId", h."employerId", bool_or(pl.status = 'STABLE') AS stable
    FROM hired h JOIN placements pl ON pl."seekerId" = h."seekerId" AND pl."employerId" = h."employerId"
    WHERE pl.status IN ('ACTIVE', 'STABLE')
    GROUP BY h."seekerId", h."employerId"
  )`;

export function createReportsRepository(db: Db) {
  return {
    /** Counts per village from household rows; townships and totals are sums of these. */
    coverageByVillage(filter: HouseholdFilter) {
      return db.$queryRaw<VillageCounts[]>`
        WITH hh AS (
          SELECT h."regionCode", h.township, h.village, h."labourCapableMembers" > 0 AS labour,
                 ${memberPlaced(Prisma.sql`'ACTIVE', 'STABLE'`)} AS placed,
                 ${memberPlaced(Prisma.sql`'STABLE'`)} AS stable
          FROM households h
          WHERE true ${householdConditions(filter)}
        )
        SELECT "regionCode", township, village,
               count(*)::int AS households,
               count(*) FILTER (WHERE labour)::int AS "labourHouseholds",
               count(*) FILTER (WHERE labour AND placed)::int AS "placedHouseholds",
               count(*) FILTER (WHERE labour AND stable)::int AS "stableHouseholds"
        FROM hh
        GROUP BY "regionCode", township, village
        ORDER BY "regionCode", township, village`;
    },

    /** Labour-capable households with no member on the job (零就业户). `page` null → all of them. */
    async listZeroEmployment(filter: HouseholdFilter, page: { limit: number; offset: number } | null) {
      const rows = await db.$queryRaw<(Omit<ZeroEmploymentHousehold, "povertyStatus"> & { povertyStatus: PovertyStatus; total: number })[]>`
        SELECT h.id::text AS "householdId", h.code, h."regionCode", h.township, h.village,
               h."povertyStatus"::text AS "povertyStatus", h."labourCapableMembers",
               (SELECT count(*)::int FROM seekers s WHERE s."householdId" = h.id) AS "registeredMembers",
               (SELECT count(DISTINCT i."seekerId")::int FROM intents i JOIN seekers s ON s.id = i."seekerId"
                 WHERE s."householdId" = h.id) AS "membersWithIntent",
               (SELECT count(*)::int FROM placements p JOIN seekers s ON s.id = p."seekerId"
                 WHERE s."householdId" = h.id AND p.status = 'ENDED') AS "endedPlacements",
               count(*) OVER ()::int AS total
        FROM households h
        WHERE h."labourCapableMembers" > 0
          AND NOT ${memberPlaced(Prisma.sql`'ACTIVE', 'STABLE'`)}
          ${householdConditions(filter)}
        ORDER BY h."regionCode", h.township, h.village, h.code
        ${page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty}`;
      const total = rows[0]?.total ?? (page && page.offset > 0 ? await countZeroEmployment(db, filter) : 0);
      return { households: rows.map(({ total: _total, ...household }) => household), total };
    },

    async fairFunnel(fairId: string): Promise<FairFunnel> {
      const [row] = await db.$queryRaw<FairFunnel[]>`
        WITH ${fairOutcomes(fairId)}
        SELECT
          (SELECT count(DISTINCT "seekerId")::int FROM check_ins WHERE "fairId" = ${fairId}::uuid) AS "checkedIn",
          (SELECT count(DISTINCT "seekerId")::int FROM fair_intents) AS "withIntent",
          (SELECT count(DISTINCT "seekerId")::int FROM hired) AS hired,
          (SELECT count(DISTINCT "seekerId")::int FROM on_job) AS "onTheJob",
          (SELECT count(DISTINCT "seekerId")::int FROM on_job WHERE stable) AS stable`;
      if (!row) throw new Error("funnel query returned no row");
      return row;
    },

    /** A row per employer that joined the fair, has positions linked to it, or received intents there. */
    fairEmployerRows(fairId: string) {
      return db.$queryRaw<FairReportRow[]>`
        WITH ${fairOutcomes(fairId)},
        fair_positions_open AS (
          SELECT p."employerId", count(*)::int AS positions, sum(p.openings)::int AS openings
          FROM fair_positions fp JOIN positions p ON p.id = fp."positionId"
          WHERE fp."fairId" = ${fairId}::uuid AND p.status = 'OPEN'
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
          SELECT "employerId" FROM fair_employers WHERE "fairId" = ${fairId}::uuid
          UNION SELECT "employerId" FROM fair_positions_open
          UNION SELECT "employerId" FROM intent_counts
        )
        SELECT e.id::text AS "employerId", e.name AS "employerName", fe.booth,
               coalesce(fp.positions, 0) AS positions, coalesce(fp.openings, 0) AS openings,
               coalesce(ic.intents, 0) AS intents, coalesce(ic.seekers, 0) AS "seekersWithIntent",
               coalesce(ic.hired, 0) AS hired, coalesce(jc.placed, 0) AS placed, coalesce(jc.stable, 0) AS stable
        FROM fair_employer_ids ids
        JOIN employers e ON e.id = ids."employerId"
        LEFT JOIN fair_employers fe ON fe."fairId" = ${fairId}::uuid AND fe."employerId" = e.id
        LEFT JOIN fair_positions_open fp ON fp."employerId" = e.id
        LEFT JOIN intent_counts ic ON ic."employerId" = e.id
        LEFT JOIN job_counts jc ON jc."employerId" = e.id
        ORDER BY fe.booth NULLS LAST, e.name, e.id`;
    },
  };
}

async function countZeroEmployment(db: Db, filter: HouseholdFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM households h
    WHERE h."labourCapableMembers" > 0 AND NOT ${memberPlaced(Prisma.sql`'ACTIVE', 'STABLE'`)} ${householdConditions(filter)}`;
  return row?.n ?? 0;
}

export type ReportsRepository = ReturnType<typeof createReportsRepository>;
