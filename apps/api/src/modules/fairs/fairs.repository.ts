import type { FairStats } from "@xiezuo/contracts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { coalesceReads } from "../../lib/coalesced-reads.ts";
import { type Db, sqlPool } from "../../lib/prisma.ts";
import { fairScopeValues, type Scope } from "../../lib/scope.ts";
import { queryPrepared, queryRows, type RowOf } from "../../lib/sql-statement.ts";
import { FAIR_EMPLOYER_JOIN } from "./sql/fair-employer-join.sql.ts";
import { FAIR_EMPLOYERS_LIST } from "./sql/fair-employers-list.sql.ts";
import { FAIR_STATS } from "./sql/fair-stats.sql.ts";

const FAIR_VIEW = {
  id: true,
  title: true,
  venue: true,
  startsAt: true,
  endsAt: true,
  hostRegionCode: true,
  partnerRegionCode: true,
  hostOrganisationId: true,
  partners: { select: { organisationId: true }, orderBy: { addedAt: "asc" } },
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
  hostOrganisationId: string | null;
  status: "DRAFT" | "OPEN" | "CLOSED";
}

export type FairEmployerRow = RowOf<typeof FAIR_EMPLOYERS_LIST>;

export function createFairsRepository(db: Db) {
  /**
   * The stats row, one statement per fair and scope at a time: every live screen of a fair
   * asks at once on the same check-in event, and they share the next statement begun after
   * they asked (lib/coalesced-reads.ts: never an older snapshot, nothing kept).
   */
  const readStats = coalesceReads(
    async (fairId: string, org: string | null, from: string | null, to: string | null) =>
      (await queryPrepared(sqlPool(db), FAIR_STATS, fairId, org, from, to))[0] ?? null,
    (fairId, org, from, to) => `${fairId} ${org} ${from} ${to}`,
  );

  return {
    findById: (id: string) => db.fair.findUnique({ where: { id }, select: FAIR_VIEW }),

    /** The fair when it matches `where` (a scope condition of fair-scope.ts), else null. */
    findWhere: (id: string, where: Prisma.FairWhereInput) => db.fair.findFirst({ where: { AND: [{ id }, where] }, select: FAIR_VIEW }),

    organisationExists: async (id: string) => (await db.organisation.count({ where: { id } })) > 0,

    /** Adds a co-organiser; false when it already was one. */
    async addPartner(fairId: string, organisationId: string): Promise<boolean> {
      const { count } = await db.fairPartner.createMany({ data: [{ fairId, organisationId }], skipDuplicates: true });
      return count > 0;
    },

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
      const [row] = await queryRows(db, FAIR_EMPLOYER_JOIN, fairId, employerId, booth ?? null, keep);
      return { created: row?.created ?? false };
    },

    /** Participating employers with their booth and the positions they link to this fair (counted as in the stats). */
    async listEmployers(fairId: string, page: { employerId?: string; limit: number; offset: number }) {
      const only = page.employerId ?? null;
      const rows = await queryRows(db, FAIR_EMPLOYERS_LIST, fairId, only, page.limit, page.offset);
      const total = await db.fairEmployer.count({ where: { fairId, ...(page.employerId ? { employerId: page.employerId } : {}) } });
      return { rows, total };
    },

    /**
     * Every figure counted from rows, nothing stored as a total, in ONE statement: one
     * snapshot (the figures agree with each other), one round trip, and a named prepared
     * statement on the pool under Prisma (planned once per connection; see lib/prisma.ts).
     * Null when the fair does not exist or lies outside the scope.
     */
    async computeStats(fairId: string, scope: Scope): Promise<FairStats | null> {
      const row = await readStats(fairId, ...fairScopeValues(scope));
      if (!row) return null;
      // A fresh object for each caller (the row may be shared), field by field (no object rest: see toPosition).
      const breakdown = { REGISTERED_POOR: 0, LIFTED: 0, MONITORED: 0, NONE: 0, ...row.byPovertyStatus };
      return {
        employers: row.employers,
        positions: row.positions,
        openings: row.openings,
        openingsWithFoodAndLodging: row.openingsWithFoodAndLodging,
        checkIns: row.checkIns,
        intents: row.intents,
        seekersWithIntent: Object.values(breakdown).reduce((a, b) => a + b, 0),
        seekersWithIntentByPovertyStatus: breakdown,
      };
    },
  };
}

export type FairsRepository = ReturnType<typeof createFairsRepository>;
