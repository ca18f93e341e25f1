// 实名制务工台账: where the region's workers were employed in a month, by township, the
// last months for the chart, and the county's file of every worker. The counting rules are
// in sql/ledger-sql.ts; the region follows the coverage report (lib/scope.ts reportRegion).
import type { EmploymentFigures, EmploymentHistoryResponse, EmploymentQuery, EmploymentResponse, EmploymentRow } from "@xiezuo/contracts";
import { addDays, addMonths, toChinaDate } from "../../lib/calendar-dates.ts";
import type { Clock } from "../../lib/clock.ts";
import { reportRegion, type Scope } from "../../lib/scope.ts";
import type { EmploymentRepository, MonthSpan } from "./employment.repository.ts";

const ZERO: EmploymentFigures = { workers: 0, outOfProvince: 0, inProvince: 0, inCounty: 0, notEmployed: 0 };

export function addFigures(a: EmploymentFigures, b: EmploymentFigures): EmploymentFigures {
  return {
    workers: a.workers + b.workers,
    outOfProvince: a.outOfProvince + b.outOfProvince,
    inProvince: a.inProvince + b.inProvince,
    inCounty: a.inCounty + b.inCounty,
    notEmployed: a.notEmployed + b.notEmployed,
  };
}

/** `YYYY-MM` as its first and last day. */
export function spanOfMonth(month: string): MonthSpan {
  const first = `${month}-01`;
  return { first, last: addDays(addMonths(first, 1), -1) };
}

export function createEmploymentService(deps: { employment: EmploymentRepository; clock: Clock }) {
  const { employment, clock } = deps;
  const thisMonth = () => toChinaDate(clock.now()).slice(0, 7);

  return {
    async getLedger(query: Pick<EmploymentQuery, "regionCode" | "month">, scope: Scope): Promise<EmploymentResponse> {
      const regionCode = reportRegion(query.regionCode, scope);
      const month = query.month ?? thisMonth();
      const townships = await employment.byTownship(regionCode, spanOfMonth(month));
      const rows: EmploymentRow[] = townships.map((t) => ({ ...t }));
      const total = rows.reduce<EmploymentFigures>((sum, row) => addFigures(sum, row), ZERO);
      return { employment: total, rows, month, ...(regionCode ? { regionCode } : {}) };
    },

    /** The last `months` months, this one included, oldest first. */
    async getHistory(query: { regionCode?: string; months: number }, scope: Scope): Promise<EmploymentHistoryResponse> {
      const regionCode = reportRegion(query.regionCode, scope);
      const last = `${thisMonth()}-01`;
      return { months: await employment.history(regionCode, addMonths(last, 1 - query.months), last) };
    },

    /** Every worker of the month's ledger (the county's upward file), with its months employed that year. */
    async listWorkers(query: Pick<EmploymentQuery, "regionCode" | "month">, scope: Scope) {
      const regionCode = reportRegion(query.regionCode, scope);
      const month = query.month ?? thisMonth();
      const workers = await employment.workers(regionCode, spanOfMonth(month), `${month.slice(0, 4)}-01-01`);
      return { regionCode, month, workers };
    },
  };
}

export type EmploymentService = ReturnType<typeof createEmploymentService>;
