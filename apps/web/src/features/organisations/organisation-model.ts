// What the header needs (it is in the entry script): whether an account is the platform's and
// its bureau's name. The rest of the organisations' rules is in jurisdiction-model.ts.
import type { Organisation, Role, User } from "@xiezuo/contracts";

/** An ADMIN or STAFF account without organisation works for the whole platform. */
export const PLATFORM_NAME = "平台";
/** The same, where it is picked or explained (an account's organisation, the header). */
export const PLATFORM_LABEL = "平台（不限地区）";

export type Worker = Pick<User, "role" | "organisationId">;

/** Bureau accounts (ADMIN, STAFF) belong to an organisation or the platform; the API lists organisations to them only. */
export function isBureauRole(role: Role): boolean {
  return role === "ADMIN" || role === "STAFF";
}

/** An ADMIN or STAFF account of no organisation: sees every region. */
export function isPlatformUser(user: Worker): boolean {
  return isBureauRole(user.role) && user.organisationId === null;
}

/** The signed-in account's organisation, as far as it is known. */
export type MyOrganisation =
  /** EMPLOYER or SEEKER: not a bureau account. */
  | { status: "none" }
  /** ADMIN or STAFF of the platform: every region. */
  | { status: "platform" }
  | { status: "loading" }
  | { status: "error"; error: unknown }
  | { status: "found"; organisation: Organisation }
  /** The list came without it (removed since sign-in?). */
  | { status: "missing" };

export function resolveMyOrganisation(user: Worker, organisations: readonly Organisation[] | null, error: unknown): MyOrganisation {
  if (!isBureauRole(user.role)) return { status: "none" };
  if (user.organisationId === null) return { status: "platform" };
  if (organisations) {
    const organisation = organisations.find((o) => o.id === user.organisationId);
    return organisation ? { status: "found", organisation } : { status: "missing" };
  }
  return error ? { status: "error", error } : { status: "loading" };
}

/** The line under the account's name in the header: its bureau, or the platform; nothing while unknown. */
export function describeMyOrganisation(my: MyOrganisation): string | null {
  if (my.status === "platform") return PLATFORM_LABEL;
  if (my.status === "found") return my.organisation.name;
  return null;
}
