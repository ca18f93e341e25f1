// The employment ledger's reads: one statement each (sql/), counted in PostgreSQL.
import { toDbDate } from "../../lib/calendar-dates.ts";
import type { Db } from "../../lib/prisma.ts";
import { reportRegionValues } from "../../lib/scope.ts";
import { queryRows, type RowOf } from "../../lib/sql-statement.ts";
import { EMPLOYMENT_BY_TOWNSHIP } from "./sql/employment-by-township.sql.ts";
import { EMPLOYMENT_HISTORY } from "./sql/employment-history.sql.ts";
import { EMPLOYMENT_WORKERS } from "./sql/employment-workers.sql.ts";

export type TownshipFigures = RowOf<typeof EMPLOYMENT_BY_TOWNSHIP>;
export type MonthFigures = RowOf<typeof EMPLOYMENT_HISTORY>;
export type LedgerWorker = RowOf<typeof EMPLOYMENT_WORKERS>;

/** A month as its first and last day (`YYYY-MM-DD`). */
export interface MonthSpan {
  first: string;
  last: string;
}

export function createEmploymentRepository(db: Db) {
  return {
    /** `regionCode` undefined: every region (the platform without a choice). */
    byTownship(regionCode: string | undefined, month: MonthSpan): Promise<TownshipFigures[]> {
      return queryRows(db, EMPLOYMENT_BY_TOWNSHIP, ...reportRegionValues(regionCode), toDbDate(month.first), toDbDate(month.last));
    },

    /** Totals of each month whose first day lies between `firstMonth` and `lastMonth`. */
    history(regionCode: string | undefined, firstMonth: string, lastMonth: string): Promise<MonthFigures[]> {
      return queryRows(db, EMPLOYMENT_HISTORY, ...reportRegionValues(regionCode), toDbDate(firstMonth), toDbDate(lastMonth));
    },

    /** Every worker with where a placement held it in the month, and its months employed since `yearFirst`. */
    workers(regionCode: string | undefined, month: MonthSpan, yearFirst: string): Promise<LedgerWorker[]> {
      return queryRows(
        db,
        EMPLOYMENT_WORKERS,
        ...reportRegionValues(regionCode),
        toDbDate(month.first),
        toDbDate(month.last),
        toDbDate(yearFirst),
      );
    },
  };
}

export type EmploymentRepository = ReturnType<typeof createEmploymentRepository>;
