import type { FairStats, PovertyStatus } from "@xiezuo/contracts";
import type { Db } from "../../lib/prisma.ts";

const FAIR_VIEW = {
  id: true,
  title: true,
  venue: true,
  startsAt: true,
  endsAt: true,
  hostRegionCode: true,
  partnerRegionCode: true,
  status: true,
  _count: { select: { employers: true } },
} as const;

interface CountsRow {
  employers: number;
  positions: number;
  openings: number;
  openingsWithFoodAndLodging: number;
  checkIns: number;
  intents: number;
}

export function createFairsRepository(db: Db) {
  return {
    findById: (id: string) => db.fair.findUnique({ where: { id }, select: FAIR_VIEW }),

    async list(query: { status?: "DRAFT" | "OPEN" | "CLOSED"; limit: number; offset: number }) {
      const where = query.status ? { status: query.status } : {};
      const [fairs, total] = await Promise.all([
        db.fair.findMany({ where, select: FAIR_VIEW, orderBy: { startsAt: "desc" }, take: query.limit, skip: query.offset }),
        db.fair.count({ where }),
      ]);
      return { fairs, total };
    },

    /** Every figure is counted from rows in one round trip; nothing is stored as a total. */
    async computeStats(fairId: string): Promise<FairStats> {
      const [counts] = await db.$queryRaw<CountsRow[]>`
        WITH open_positions AS (
          SELECT p."openings", p."foodProvided", p."lodgingProvided"
          FROM fair_positions fp JOIN positions p ON p.id = fp."positionId"
          WHERE fp."fairId" = ${fairId}::uuid AND p.status = 'OPEN'
        )
        SELECT
          (SELECT count(*)::int FROM fair_employers WHERE "fairId" = ${fairId}::uuid) AS employers,
          (SELECT count(*)::int FROM open_positions) AS positions,
          (SELECT coalesce(sum("openings"), 0)::int FROM open_positions) AS openings,
          (SELECT coalesce(sum("openings"), 0)::int FROM open_positions WHERE "foodProvided" AND "lodgingProvided") AS "openingsWithFoodAndLodging",
          (SELECT count(DISTINCT "seekerId")::int FROM check_ins WHERE "fairId" = ${fairId}::uuid) AS "checkIns",
          (SELECT count(*)::int FROM intents WHERE "fairId" = ${fairId}::uuid) AS intents`;
      const byStatus = await db.$queryRaw<{ povertyStatus: PovertyStatus; seekers: number }[]>`
        SELECT coalesce(h."povertyStatus"::text, 'NONE') AS "povertyStatus", count(DISTINCT i."seekerId")::int AS seekers
        FROM intents i
        JOIN seekers s ON s.id = i."seekerId"
        LEFT JOIN households h ON h.id = s."householdId"
        WHERE i."fairId" = ${fairId}::uuid
        GROUP BY 1`;
      const breakdown = { REGISTERED_POOR: 0, LIFTED: 0, MONITORED: 0, NONE: 0 };
      for (const row of byStatus) breakdown[row.povertyStatus] = row.seekers;
      if (!counts) throw new Error("stats query returned no row");
      return {
        ...counts,
        seekersWithIntent: Object.values(breakdown).reduce((a, b) => a + b, 0),
        seekersWithIntentByPovertyStatus: breakdown,
      };
    },
  };
}

export type FairsRepository = ReturnType<typeof createFairsRepository>;
