// Which seekers a bureau may see, as one Prisma condition: the exporting side (the person's
// home region in the jurisdiction) or the importing side (a placement whose work region is
// in it). Used by this module's repository and by every module that reads seekers.
import type { Prisma } from "../../generated/prisma/client.ts";
import { regionCondition, type Scope } from "../../lib/scope.ts";

export function visibleSeekers(scope: Scope): Prisma.SeekerWhereInput {
  const regions = regionCondition(scope);
  if (!regions) return {};
  return { OR: [{ homeRegionCode: regions }, { placements: { some: { workRegionCode: regions } } }] };
}

/**
 * The home region of a new seeker: the household's, else the one given, else the ID number's
 * first six digits (`idNumber` may be the masked form, which keeps them).
 */
export function homeRegionOf(input: { householdRegionCode: string | null; given?: string; idNumber: string }): string {
  return input.householdRegionCode ?? input.given ?? input.idNumber.slice(0, 6);
}
