// Which placements a bureau may see: both sides of the cooperation. The exporting side sees
// the placements of people homed in its jurisdiction; the importing side those whose work
// region lies in it. Either may record follow-ups. One Prisma condition and its SQL twin.
import type { Prisma } from "../../lib/prisma.ts";
import { regionCondition, type Scope } from "../../lib/scope.ts";

export function visiblePlacements(scope: Scope): Prisma.PlacementWhereInput {
  const regions = regionCondition(scope);
  if (!regions) return {};
  return { OR: [{ workRegionCode: regions }, { seeker: { homeRegionCode: regions } }] };
}

/**
 * The same rule over `placements p` for a statement file: `$n`, `$n+1` are regionScopeValues
 * (lib/scope.ts), nulls for the platform.
 */
export function visiblePlacementsSql(n: number): string {
  const [from, to] = [`$${n}::text`, `$${n + 1}::text`];
  return `(${from} IS NULL OR (p."workRegionCode" >= ${from} AND p."workRegionCode" < ${to})
    OR EXISTS (SELECT 1 FROM seekers s WHERE s.id = p."seekerId" AND s."homeRegionCode" >= ${from} AND s."homeRegionCode" < ${to}))`;
}
