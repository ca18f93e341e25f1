import { type CooperationFigures, type CooperationQuery, jurisdictionPrefix } from "@xiezuo/contracts";
import { notFound } from "../../lib/app-error.ts";
import { toDbDate } from "../../lib/calendar-dates.ts";
import { prefixRange, regionInScope, type Scope } from "../../lib/scope.ts";
import type { CooperationRepository } from "./cooperation.repository.ts";

/**
 * The figure the two governments exchange. A bureau may ask when either region lies in its
 * jurisdiction (the county that sends, the city that receives, or a level above either);
 * any other pair answers 404, as if there were nothing to report.
 */
export function createCooperationService(deps: { cooperation: CooperationRepository }) {
  return {
    async report(query: CooperationQuery, scope: Scope): Promise<CooperationFigures> {
      if (!regionInScope(scope, query.exportingRegionCode) && !regionInScope(scope, query.importingRegionCode)) {
        throw notFound("协作地区");
      }
      return deps.cooperation.count({
        exporting: prefixRange(jurisdictionPrefix(query.exportingRegionCode)),
        importing: prefixRange(jurisdictionPrefix(query.importingRegionCode)),
        from: toDbDate(query.from),
        to: toDbDate(query.to),
      });
    },
  };
}

export type CooperationService = ReturnType<typeof createCooperationService>;
