import { findRegion, inJurisdiction, jurisdictionPrefix, type Organisation } from "@xiezuo/contracts";
import type { Worker } from "./organisation-model.ts";

/** Only the platform's ADMIN founds organisations (the API answers 403 to everyone else). */
export function canCreateOrganisation(user: Worker): boolean {
  return user.role === "ADMIN" && user.organisationId === null;
}

export function indexOrganisations(organisations: readonly Organisation[]): ReadonlyMap<string, Organisation> {
  return new Map(organisations.map((organisation) => [organisation.id, organisation]));
}

/** The organisations whose region lies in the jurisdiction of `regionCode` (all of them for the platform, null). */
export function listOrganisationsWithin(organisations: readonly Organisation[], regionCode: string | null): Organisation[] {
  return regionCode === null ? [...organisations] : organisations.filter((o) => inJurisdiction(o.regionCode, regionCode));
}

/** What a bureau of `regionCode` may see, in words: 湖南省全境, 湘西土家族苗族自治州及所辖县市区, 仅古丈县. */
export function describeJurisdiction(regionCode: string): string {
  const region = findRegion(regionCode);
  if (!region) return `代码以 ${jurisdictionPrefix(regionCode)} 开头的地区`;
  if (region.level === "province") return `${region.name}全境`;
  if (region.level === "city") return `${region.name}及所辖县市区`;
  return `仅${region.name}`;
}
