import { type OrganisationListResponse, OrganisationListResponseSchema } from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

/** Every bureau with its region (ADMIN and STAFF; names are public facts, not narrowed by jurisdiction). */
export function listOrganisations(signal?: AbortSignal): Promise<OrganisationListResponse> {
  return requestJson("/api/organisations", OrganisationListResponseSchema, { signal });
}
