// Which fairs a bureau may read and which it may run: one place for the Prisma conditions,
// used by this module's repository and, through fair-access, by check-ins, registrations,
// intents and reports. The raw-SQL twin is fairScopeSql in lib/scope.ts.
import type { Prisma } from "../../generated/prisma/client.ts";
import { regionCondition, type Scope } from "../../lib/scope.ts";

/** Host, partner, or held in the jurisdiction; everything for the platform. */
export function readableFairs(scope: Scope): Prisma.FairWhereInput {
  if (scope.platform) return {};
  return {
    OR: [
      { hostOrganisationId: scope.organisationId },
      { partners: { some: { organisationId: scope.organisationId } } },
      { hostRegionCode: regionCondition(scope) },
    ],
  };
}

/** Changing the fair itself (dates, status, partners): its host or the platform. */
export function managedFairs(scope: Scope): Prisma.FairWhereInput {
  return scope.platform ? {} : { hostOrganisationId: scope.organisationId };
}

/** Bringing employers to the fair: the host, a partner (the partner city brings its own), or the platform. */
export function operatedFairs(scope: Scope): Prisma.FairWhereInput {
  if (scope.platform) return {};
  return { OR: [{ hostOrganisationId: scope.organisationId }, { partners: { some: { organisationId: scope.organisationId } } }] };
}
