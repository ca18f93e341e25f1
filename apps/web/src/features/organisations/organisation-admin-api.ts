// Kept apart from organisations-api.ts: the header (in the entry script) lists organisations,
// only the lazily loaded 机构 page creates them.
import { type CreateOrganisationRequest, type Organisation, OrganisationResponseSchema } from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

/** A platform ADMIN founds a bureau; a same-named one answers 409. */
export async function createOrganisation(request: CreateOrganisationRequest): Promise<Organisation> {
  const { organisation } = await requestJson("/api/organisations", OrganisationResponseSchema, {
    method: "POST",
    body: request,
    errorMessages: {
      CONFLICT: "已有同名机构",
      FORBIDDEN: "只有平台管理员可以新建机构",
      VALIDATION_FAILED: "填写的内容有误，请按提示修改",
    },
  });
  return organisation;
}
