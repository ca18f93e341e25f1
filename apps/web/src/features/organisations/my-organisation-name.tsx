import type { User } from "@xiezuo/contracts";
import { describeMyOrganisation } from "./organisation-model.ts";
import { useMyOrganisation } from "./use-organisations.ts";

/** The bureau of a signed-in ADMIN or STAFF (e.g. 古丈县人社局), for the header; nothing for others. */
export function MyOrganisationName({ user, className }: { user: Pick<User, "role" | "organisationId">; className?: string }) {
  const text = describeMyOrganisation(useMyOrganisation(user));
  return text ? <span className={className}>{text}</span> : null;
}
