// 返贫预警 reads (one statement, sql/) and home visits (上门走访) against a household.
import { toDbDate } from "../../lib/calendar-dates.ts";
import type { Db } from "../../lib/prisma.ts";
import { regionCondition, reportRegionValues, type Scope } from "../../lib/scope.ts";
import { queryRows, type RowOf } from "../../lib/sql-statement.ts";
import { DROPOUT_HOUSEHOLDS } from "./sql/dropout-households.sql.ts";

export type DropoutRow = RowOf<typeof DROPOUT_HOUSEHOLDS>;

const VISIT_VIEW = { id: true, householdId: true, visitedOn: true, note: true, createdAt: true } as const;

export function createAlertsRepository(db: Db) {
  return {
    /** `regionCode` undefined: every region (the platform without a choice). */
    listDropouts(regionCode: string | undefined, endedSince: string): Promise<DropoutRow[]> {
      return queryRows(db, DROPOUT_HOUSEHOLDS, ...reportRegionValues(regionCode), toDbDate(endedSince));
    },

    /** Whether the household exists and lies in the scope (households are seen by their region). */
    householdInScope: async (id: string, scope: Scope) => {
      const regions = regionCondition(scope);
      return (await db.household.count({ where: { id, ...(regions ? { regionCode: regions } : {}) } })) > 0;
    },

    addVisit: (visit: { householdId: string; visitedOn: string; note: string; createdById: string }) =>
      db.householdVisit.create({ data: { ...visit, visitedOn: toDbDate(visit.visitedOn) }, select: VISIT_VIEW }),

    /** Latest first; the scope is in the query itself (its household's region), not only checked before. */
    listVisits: (householdId: string, scope: Scope) => {
      const regions = regionCondition(scope);
      return db.householdVisit.findMany({
        where: { householdId, ...(regions ? { household: { regionCode: regions } } : {}) },
        select: VISIT_VIEW,
        orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }],
      });
    },
  };
}

export type AlertsRepository = ReturnType<typeof createAlertsRepository>;
export type VisitRow = Awaited<ReturnType<AlertsRepository["addVisit"]>>;
