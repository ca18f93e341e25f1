import type {
  CoverageFigures,
  CoverageQuery,
  CoverageResponse,
  CoverageRow,
  Fair,
  FairReportResponse,
  FairStats,
  ZeroEmploymentQuery,
} from "@xiezuo/contracts";
import { reportRegion, type Scope } from "../../lib/scope.ts";
import type { ReportsRepository, VillageCounts } from "./reports.repository.ts";

/** What the fair report needs from the fairs module (its service satisfies this). */
export interface FairFacts {
  getReadableFair(id: string, scope: Scope): Promise<Fair>;
  getFairStats(id: string, scope: Scope): Promise<FairStats>;
}

type Counts = Omit<CoverageFigures, "placedRate" | "stableRate">;

const ZERO: Counts = { households: 0, labourHouseholds: 0, placedHouseholds: 0, stableHouseholds: 0 };

function add(a: Counts, b: Counts): Counts {
  return {
    households: a.households + b.households,
    labourHouseholds: a.labourHouseholds + b.labourHouseholds,
    placedHouseholds: a.placedHouseholds + b.placedHouseholds,
    stableHouseholds: a.stableHouseholds + b.stableHouseholds,
  };
}

/** Rates are over labour households; a place without any reads 0, not a division error. */
function withRates(c: Counts): CoverageFigures {
  const { households, labourHouseholds, placedHouseholds, stableHouseholds } = c;
  return {
    households,
    labourHouseholds,
    placedHouseholds,
    stableHouseholds,
    placedRate: labourHouseholds > 0 ? placedHouseholds / labourHouseholds : 0,
    stableRate: labourHouseholds > 0 ? stableHouseholds / labourHouseholds : 0,
  };
}

/** Villages (already sorted by region, township, village) rolled up into township rows. */
function buildCoverage(villages: readonly VillageCounts[], withVillages: boolean): CoverageResponse {
  const rows: CoverageRow[] = [];
  let total = ZERO;
  let index = 0;
  while (index < villages.length) {
    const first = villages[index]!;
    const group: VillageCounts[] = [];
    while (index < villages.length && villages[index]!.regionCode === first.regionCode && villages[index]!.township === first.township) {
      group.push(villages[index]!);
      index++;
    }
    const township = group.reduce<Counts>((sum, v) => add(sum, v), ZERO);
    total = add(total, township);
    rows.push({ regionCode: first.regionCode, township: first.township, ...withRates(township) });
    if (withVillages) {
      for (const v of group) rows.push({ regionCode: v.regionCode, township: v.township, village: v.village, ...withRates(v) });
    }
  }
  return { coverage: withRates(total), rows };
}

export function createReportsService(deps: { reports: ReportsRepository; fairs: FairFacts }) {
  const { reports, fairs } = deps;
  return {
    async getCoverage(query: CoverageQuery, scope: Scope): Promise<CoverageResponse> {
      const villages = await reports.coverageByVillage({ regionCode: reportRegion(query.regionCode, scope), township: query.township });
      return buildCoverage(villages, query.groupBy === "village");
    },

    /** `all` returns every matching household (for exports), otherwise the requested page. */
    listZeroEmployment(query: ZeroEmploymentQuery, all: boolean, scope: Scope) {
      const { township, village, povertyStatus } = query;
      const regionCode = reportRegion(query.regionCode, scope);
      return reports.listZeroEmployment({ regionCode, township, village, povertyStatus }, all ? null : query);
    },

    async getFairReport(fairId: string, scope: Scope): Promise<FairReportResponse> {
      const fair = await fairs.getReadableFair(fairId, scope);
      const [summary, funnel, rows] = await Promise.all([
        fairs.getFairStats(fairId, scope),
        reports.fairFunnel(fairId),
        reports.fairEmployerRows(fairId),
      ]);
      return { fair, summary, funnel, rows };
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
