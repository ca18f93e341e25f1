import type { OrganisationListResponse, User } from "@xiezuo/contracts";
import { type ApiData, useApiData } from "../../lib/use-api-data.ts";
import { isBureauRole, type MyOrganisation, resolveMyOrganisation } from "./organisation-model.ts";
import { listOrganisations } from "./organisations-api.ts";

const NOTHING: OrganisationListResponse = { organisations: [], total: 0 };

/**
 * Every organisation, one shared (and offline-kept: names and regions only) cache entry for
 * the header, the pages and the pickers. Asked only for bureau accounts: others get 403.
 */
export function useOrganisations(user: Pick<User, "role">): ApiData<OrganisationListResponse> & { reload: () => void } {
  const allowed = isBureauRole(user.role);
  return useApiData((signal) => (allowed ? listOrganisations(signal) : Promise.resolve(NOTHING)), [allowed], {
    key: ["organisations"],
    persist: true,
  });
}

/** The signed-in account's bureau (its name and region), looked up in the shared list. */
export function useMyOrganisation(user: Pick<User, "role" | "organisationId">): MyOrganisation & { reload: () => void } {
  const organisations = useOrganisations(user);
  const my = resolveMyOrganisation(user, organisations.data?.organisations ?? null, organisations.error);
  return { ...my, reload: organisations.reload };
}
