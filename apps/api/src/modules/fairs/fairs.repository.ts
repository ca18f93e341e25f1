import type { FairStats, PovertyStatus } from "@xiezuo/contracts";
import { type Db, sqlPool } from "../../lib/prisma.ts";

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

export interface FairData {
  title: string;
  venue: string;
  startsAt: Date;
  endsAt: Date;
  hostRegionCode: string;
  partnerRegionCode: string | null;
  status: "DRAFT" | "OPEN" | "CLOSED";
}

export interface FairEmployerRow {
  fairId: string;
  employerId: string;
  name: string;
  shortName: string | null;
  kind: "SOE" | "PRIVATE" | "FOREIGN" | "PUBLIC" | "OTHER";
  city: string;
  booth: string | null;
  joinedAt: Date;
  openPositions: number;
  openings: number;
}

interface StatsRow {
  employers: number;
  positions: number;
  openings: number;
  openingsWithFoodAndLodging: number;
  checkIns: number;
  intents: number;
  /** Distinct seekers with an intent at the fair, by their household's status (NONE without one). */
  byPovertyStatus: Partial<Record<PovertyStatus, number>>;
}

// Positions counted for a fair: its open ones; for a CLOSED fair every position that was
// linked to it, whatever its status now, so the fair's record keeps its figures (v2).
const FAIR_STATS = {
  name: "fairs_stats_v2",
  text: `
    WITH open_positions AS (
           SELECT p."openings", p."foodProvided", p."lodgingProvided"
           FROM fair_positions fp JOIN positions p ON p.id = fp."positionId"
           WHERE fp."fairId" = $1::uuid
             AND (p.status = 'OPEN' OR (SELECT status FROM fairs WHERE id = $1::uuid) = 'CLOSED')),
         intent_seekers AS (
           SELECT coalesce(h."povertyStatus"::text, 'NONE') AS status, count(DISTINCT i."seekerId")::int AS seekers
           FROM intents i
           JOIN seekers s ON s.id = i."seekerId"
           LEFT JOIN households h ON h.id = s."householdId"
           WHERE i."fairId" = $1::uuid
           GROUP BY 1)
    SELECT
      (SELECT count(*)::int FROM fair_employers WHERE "fairId" = f.id) AS employers,
      (SELECT count(*)::int FROM open_positions) AS positions,
      (SELECT coalesce(sum("openings"), 0)::int FROM open_positions) AS openings,
      (SELECT coalesce(sum("openings"), 0)::int FROM open_positions WHERE "foodProvided" AND "lodgingProvided") AS "openingsWithFoodAndLodging",
      (SELECT count(DISTINCT "seekerId")::int FROM check_ins WHERE "fairId" = f.id) AS "checkIns",
      (SELECT count(*)::int FROM intents WHERE "fairId" = f.id) AS intents,
      (SELECT coalesce(json_object_agg(status, seekers), '{}'::json) FROM intent_seekers) AS "byPovertyStatus"
    FROM fairs f WHERE f.id = $1::uuid`,
};

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

    create: (data: Omit<FairData, "status">) => db.fair.create({ data: { ...data, status: "DRAFT" }, select: FAIR_VIEW }),

    update: (id: string, data: Partial<FairData>) => db.fair.update({ where: { id }, data, select: FAIR_VIEW }),

    employerExists: async (id: string) => (await db.employer.count({ where: { id } })) > 0,

    /**
     * Joins the employer to the fair, or updates its booth when already joined (`booth`
     * undefined keeps it). One statement, so concurrent joins cannot both "create".
     */
    async joinEmployer(fairId: string, employerId: string, booth: string | null | undefined): Promise<{ created: boolean }> {
      const keep = booth === undefined;
      const [row] = await db.$queryRaw<{ created: boolean }[]>`
        INSERT INTO fair_employers ("fairId", "employerId", booth) VALUES (${fairId}::uuid, ${employerId}::uuid, ${booth ?? null})
        ON CONFLICT ("fairId", "employerId") DO UPDATE
          SET booth = CASE WHEN ${keep} THEN fair_employers.booth ELSE EXCLUDED.booth END
        RETURNING (xmax = 0) AS created`;
      return { created: row?.created ?? false };
    },

    /** Participating employers with their booth and the positions they link to this fair (counted as in the stats). */
    async listEmployers(fairId: string, page: { employerId?: string; limit: number; offset: number }) {
      const only = page.employerId ?? null;
      const rows = await db.$queryRaw<FairEmployerRow[]>`
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
        WHERE fe."fairId" = ${fairId}::uuid AND (${only}::uuid IS NULL OR fe."employerId" = ${only}::uuid)
        ORDER BY fe.booth ASC NULLS LAST, e.name ASC
        LIMIT ${page.limit} OFFSET ${page.offset}`;
      const total = await db.fairEmployer.count({ where: { fairId, ...(page.employerId ? { employerId: page.employerId } : {}) } });
      return { rows, total };
    },

    /**
     * Every figure counted from rows, nothing stored as a total, in ONE statement: one
     * snapshot (the figures agree with each other), one round trip, and a named prepared
     * statement on the pool under Prisma (planned once per connection; see lib/prisma.ts).
     * Null when the fair does not exist.
     */
    async computeStats(fairId: string): Promise<FairStats | null> {
      const { rows } = await sqlPool(db).query<StatsRow>({ ...FAIR_STATS, values: [fairId] });
      const row = rows[0];
      if (!row) return null;
      const { byPovertyStatus, ...counts } = row;
      const breakdown = { REGISTERED_POOR: 0, LIFTED: 0, MONITORED: 0, NONE: 0, ...byPovertyStatus };
      return {
        ...counts,
        seekersWithIntent: Object.values(breakdown).reduce((a, b) => a + b, 0),
        seekersWithIntentByPovertyStatus: breakdown,
      };
    },
  };
}

export type FairsRepository = ReturnType<typeof createFairsRepository>;
