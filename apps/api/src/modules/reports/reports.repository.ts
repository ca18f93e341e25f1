import type { FairFunnel, FairReportRow } from "@xiezuo/contracts";
import type { Db } from "../../lib/prisma.ts";
import { queryRows, type RowOf } from "../../lib/sql-statement.ts";
import { COVERAGE_BY_VILLAGE } from "./sql/coverage-by-village.sql.ts";
import { FAIR_EMPLOYER_REPORT } from "./sql/fair-employer-report.sql.ts";
import { FAIR_FUNNEL } from "./sql/fair-funnel.sql.ts";
import { type HouseholdFilter, householdFilterValues } from "./sql/household-filter.ts";
import { ZERO_EMPLOYMENT_COUNT } from "./sql/zero-employment-count.sql.ts";
import { ZERO_EMPLOYMENT_HOUSEHOLDS } from "./sql/zero-employment-households.sql.ts";

export type VillageCounts = RowOf<typeof COVERAGE_BY_VILLAGE>;

export function createReportsRepository(db: Db) {
  return {
    /** Counts per village from household rows; townships and totals are sums of these. */
    coverageByVillage(filter: HouseholdFilter): Promise<VillageCounts[]> {
      return queryRows(db, COVERAGE_BY_VILLAGE, ...householdFilterValues(filter));
    },

    /** Labour-capable households with no member on the job (零就业户). `page` null → all of them. */
    async listZeroEmployment(filter: HouseholdFilter, page: { limit: number; offset: number } | null) {
      const rows = await queryRows(
        db,
        ZERO_EMPLOYMENT_HOUSEHOLDS,
        ...householdFilterValues(filter),
        page?.limit ?? null,
        page?.offset ?? null,
      );
      const total = rows[0]?.total ?? (page && page.offset > 0 ? await countZeroEmployment(db, filter) : 0);
      return { households: rows.map(({ total: _total, ...household }) => household), total };
    },

    async fairFunnel(fairId: string): Promise<FairFunnel> {
      const [row] = await queryRows(db, FAIR_FUNNEL, fairId);
      if (!row) throw new Error("funnel query returned no row");
      return row;
    },

    /** A row per employer that joined the fair, has positions linked to it, or received intents there. */
    fairEmployerRows(fairId: string): Promise<FairReportRow[]> {
      return queryRows(db, FAIR_EMPLOYER_REPORT, fairId);
    },
  };
}

async function countZeroEmployment(db: Db, filter: HouseholdFilter): Promise<number> {
  const [row] = await queryRows(db, ZERO_EMPLOYMENT_COUNT, ...householdFilterValues(filter));
  return row?.n ?? 0;
}

export type ReportsRepository = ReturnType<typeof createReportsRepository>;
