// 返贫预警 (early warning against falling back into poverty): households that had someone at
// work in the last days and now have nobody, the ones to visit first; and the visits noted.
import type { CreateHouseholdVisitRequest, DropoutAlert, DropoutQuery, HouseholdVisit } from "@xiezuo/contracts";
import { AppError, notFound } from "../../lib/app-error.ts";
import { addDays, formatDbDate, toChinaDate } from "../../lib/calendar-dates.ts";
import type { Clock } from "../../lib/clock.ts";
import { reportRegion, type Scope } from "../../lib/scope.ts";
import type { AlertsRepository, DropoutRow, VisitRow } from "./alerts.repository.ts";

const toAlert = (row: DropoutRow): DropoutAlert => ({
  householdId: row.householdId,
  householdCode: row.householdCode,
  township: row.township,
  village: row.village,
  povertyStatus: row.povertyStatus,
  seekerId: row.seekerId,
  endedOn: formatDbDate(row.endedOn),
  lastVisitedOn: row.lastVisitedOn ? formatDbDate(row.lastVisitedOn) : null,
});

const toVisit = (row: VisitRow): HouseholdVisit => ({
  id: row.id,
  householdId: row.householdId,
  visitedOn: formatDbDate(row.visitedOn),
  note: row.note,
  createdAt: row.createdAt.toISOString(),
});

export function createAlertsService(deps: { alerts: AlertsRepository; clock: Clock }) {
  const { alerts, clock } = deps;
  const today = () => toChinaDate(clock.now());

  async function requireHousehold(householdId: string, scope: Scope): Promise<void> {
    if (!(await alerts.householdInScope(householdId, scope))) throw notFound("家庭");
  }

  return {
    /** A member employed within the last `days` days (a placement that ended since then) and nobody at work now. */
    async listDropouts(query: DropoutQuery, scope: Scope): Promise<{ alerts: DropoutAlert[] }> {
      const regionCode = reportRegion(query.regionCode, scope);
      const rows = await alerts.listDropouts(regionCode, addDays(today(), -query.days));
      return { alerts: rows.map(toAlert) };
    },

    async addVisit(householdId: string, input: CreateHouseholdVisitRequest, actor: { userId: string; scope: Scope }) {
      await requireHousehold(householdId, actor.scope);
      if (input.visitedOn > today()) {
        const message = "走访日期不能晚于今天";
        throw new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "visitedOn"], message }] });
      }
      return toVisit(await alerts.addVisit({ householdId, ...input, createdById: actor.userId }));
    },

    async listVisits(householdId: string, scope: Scope): Promise<HouseholdVisit[]> {
      await requireHousehold(householdId, scope);
      return (await alerts.listVisits(householdId, scope)).map(toVisit);
    },
  };
}

export type AlertsService = ReturnType<typeof createAlertsService>;
