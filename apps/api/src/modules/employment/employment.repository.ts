// The employment ledger's reads: one statement each (sql/), counted in PostgreSQL.
import { toDbDate } from "../../lib/calendar-dates.ts";
import type { Db } from "../../lib/prisma.ts";
import { prefixRange, reportRegionValues } from "../../lib/scope.ts";
import { queryRows, type RowOf } from "../../lib/sql-statement.ts";
import { COUNTY_CODE, mergeCountyCells } from "./ledger-cells.ts";
import { EMPLOYMENT_BY_TOWNSHIP } from "./sql/employment-by-township.sql.ts";
import { EMPLOYMENT_HISTORY } from "./sql/employment-history.sql.ts";
import { EMPLOYMENT_WORKERS } from "./sql/employment-workers.sql.ts";
import { LEDGER_CELL_COUNT } from "./sql/ledger-cell-count.sql.ts";
import { LEDGER_CELLS_VALID } from "./sql/ledger-cells-valid.sql.ts";
import { LEDGER_COUNTIES } from "./sql/ledger-counties.sql.ts";

export type TownshipFigures = RowOf<typeof EMPLOYMENT_BY_TOWNSHIP>;
export type MonthFigures = RowOf<typeof EMPLOYMENT_HISTORY>;
export type LedgerWorker = RowOf<typeof EMPLOYMENT_WORKERS>;

/** A month as its first and last day (`YYYY-MM-DD`). */
export interface MonthSpan {
  first: string;
  last: string;
}

/** How many counties' cells one ledger read counts at the same time. */
const STALE_COUNTIES_AT_ONCE = 4;

export function createEmploymentRepository(db: Db) {
  return {
    /**
     * `regionCode` undefined: every region (the platform without a choice). Read from the
     * counties' stored cells where they still hold (sql/ledger-cells-valid.sql.ts), each
     * other county counted now and stored; counted as a whole when the region's home codes
     * are not all county codes.
     */
    async byTownship(regionCode: string | undefined, month: MonthSpan): Promise<TownshipFigures[]> {
      const region = reportRegionValues(regionCode);
      const [first, last] = [toDbDate(month.first), toDbDate(month.last)];
      const counties = (await queryRows(db, LEDGER_COUNTIES, ...region)).map((row) => row.county);
      if (!counties.every((county) => COUNTY_CODE.test(county))) {
        return queryRows(db, EMPLOYMENT_BY_TOWNSHIP, ...region, first, last);
      }
      const stored = await queryRows(db, LEDGER_CELLS_VALID, counties, first);
      const cells = new Map(stored.map((cell) => [cell.county, cell.rows]));
      // Counties to count again, a few at a time: each is its own statement, so PostgreSQL can
      // spread them over its cores, while a few leave the pool to everyone else.
      const stale = counties.filter((county) => !cells.has(county));
      const countNext = async (): Promise<void> => {
        const county = stale.shift();
        if (county === undefined) return;
        const { gte, lt } = prefixRange(county);
        const [counted] = await queryRows(db, LEDGER_CELL_COUNT, gte, lt, first, last, county);
        cells.set(county, counted?.rows ?? []);
        await countNext();
      };
      await Promise.all(Array.from({ length: Math.min(STALE_COUNTIES_AT_ONCE, stale.length) }, countNext));
      return mergeCountyCells(counties.map((county) => cells.get(county) ?? []));
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
