import type { Organisation, User } from "@xiezuo/contracts";
import { isBureauRole, listOrganisationsWithin, PLATFORM_LABEL, PLATFORM_NAME } from "../organisations/index.ts";

type Account = Pick<User, "role" | "organisationId">;

/**
 * The 所属机构 column: the bureau's name, 平台 for an ADMIN or STAFF of no bureau, — for
 * employer and seeker accounts (they belong to none). `byId` is null while the list loads.
 */
export function describeUserOrganisation(user: Account, byId: ReadonlyMap<string, Organisation> | null): string {
  if (!isBureauRole(user.role)) return "—";
  if (user.organisationId === null) return PLATFORM_NAME;
  if (!byId) return "正在加载…";
  return byId.get(user.organisationId)?.name ?? "（不在机构列表中）";
}

export interface OrganisationChoice {
  /** "" is the platform: the request then names no organisation. */
  value: string;
  label: string;
}

/**
 * The organisations an ADMIN may give a new ADMIN or STAFF account: the platform ADMIN any of
 * them or the platform itself; a bureau's ADMIN those of its jurisdiction (the API refuses others).
 */
export function getOrganisationChoices(me: Account, organisations: readonly Organisation[]): OrganisationChoice[] {
  const toChoice = (o: Organisation): OrganisationChoice => ({ value: o.id, label: o.name });
  if (me.organisationId === null) return [{ value: "", label: PLATFORM_LABEL }, ...organisations.map(toChoice)];
  const mine = organisations.find((o) => o.id === me.organisationId);
  return mine ? listOrganisationsWithin(organisations, mine.regionCode).map(toChoice) : [];
}

/** A new account belongs where its creator does: the bureau's own, or the platform's. */
export function getDefaultOrganisationId(me: Account): string {
  return me.organisationId ?? "";
}
