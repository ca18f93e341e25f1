import { type Fair, inJurisdiction, type Organisation, type User } from "@xiezuo/contracts";
import { PLATFORM_NAME } from "../organisations/index.ts";
import { canSeeFairStats } from "./fair-labels.ts";

type Account = Pick<User, "role" | "organisationId">;
type Organisers = Pick<Fair, "hostOrganisationId" | "partnerOrganisationIds">;
type FairPlace = Organisers & Pick<Fair, "hostRegionCode">;

const UNKNOWN = "（不在机构列表中）";

/** 主办: the host bureau's name, or 平台 for a platform-operated fair. */
export function describeHost(fair: Organisers, byId: ReadonlyMap<string, Organisation>): string {
  if (fair.hostOrganisationId === null) return PLATFORM_NAME;
  return byId.get(fair.hostOrganisationId)?.name ?? UNKNOWN;
}

/** 协办: the partner bureaus' names, 、-separated; 暂无 without any. */
export function describePartners(fair: Organisers, byId: ReadonlyMap<string, Organisation>): string {
  if (fair.partnerOrganisationIds.length === 0) return "暂无";
  return fair.partnerOrganisationIds.map((id) => byId.get(id)?.name ?? UNKNOWN).join("、");
}

/** Changing the fair itself (details, status, partners): an ADMIN of the platform or of the host bureau. */
export function canManageFair(user: Account, fair: Organisers): boolean {
  return user.role === "ADMIN" && (user.organisationId === null || user.organisationId === fair.hostOrganisationId);
}

/** Bringing employers (an ADMIN): the platform, the host, or a partner (the partner city brings its own). */
export function canOperateFair(user: Account, fair: Organisers): boolean {
  return (
    canManageFair(user, fair) ||
    (user.role === "ADMIN" && user.organisationId !== null && fair.partnerOrganisationIds.includes(user.organisationId))
  );
}

/** Organisations that could still co-organise: neither the host nor a partner already. */
export function listPartnerCandidates(fair: Organisers, organisations: readonly Organisation[]): Organisation[] {
  return organisations.filter((o) => o.id !== fair.hostOrganisationId && !fair.partnerOrganisationIds.includes(o.id));
}

/**
 * Whether the account may read the fair's figures (the API's rule): the platform, the host,
 * a partner, or a bureau whose jurisdiction holds the fair. null while the bureau's region is
 * still unknown (`organisationRegion` undefined) and only it can decide.
 */
export function canReadFairFigures(user: Account, fair: FairPlace, organisationRegion: string | undefined): boolean | null {
  if (!canSeeFairStats(user.role)) return false;
  if (user.organisationId === null || user.organisationId === fair.hostOrganisationId) return true;
  if (fair.partnerOrganisationIds.includes(user.organisationId)) return true;
  return organisationRegion === undefined ? null : inJurisdiction(fair.hostRegionCode, organisationRegion);
}
