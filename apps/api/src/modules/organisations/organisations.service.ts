import type { CreateOrganisationRequest, Organisation, UpdateOrganisationRequest } from "@xiezuo/contracts";
import { AppError, notFound } from "../../lib/app-error.ts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import { sealPhone } from "../../lib/personal-data.ts";
import type { Scope } from "../../lib/scope.ts";
import type { OrganisationsRepository } from "./organisations.repository.ts";

export function createOrganisationsService(deps: { organisations: OrganisationsRepository; fieldCrypto: FieldCrypto }) {
  const { organisations, fieldCrypto } = deps;
  return {
    /** Only the platform (an ADMIN without organisation) founds bureaus. */
    async create(input: CreateOrganisationRequest, scope: Scope, actorUserId: string): Promise<Organisation> {
      if (!scope.platform) throw new AppError("FORBIDDEN", "只有平台管理员可以新建机构");
      if (await organisations.nameTaken(input.name)) throw new AppError("CONFLICT", "已有同名机构");
      const alertPhone = input.alertPhone ? sealPhone(fieldCrypto, input.alertPhone) : null;
      return organisations.createWithAudit({ name: input.name, regionCode: input.regionCode, alertPhone }, actorUserId);
    },

    /** The alert phone of a bureau: set by the platform, or by an ADMIN of that bureau (others: 404). */
    async update(id: string, input: UpdateOrganisationRequest, scope: Scope, actorUserId: string): Promise<Organisation> {
      if (!scope.platform && scope.organisationId !== id) throw notFound("机构");
      if (!(await organisations.findById(id))) throw notFound("机构");
      const alertPhone = input.alertPhone ? sealPhone(fieldCrypto, input.alertPhone) : null;
      return organisations.updateAlertPhoneWithAudit(id, alertPhone, actorUserId);
    },

    /**
     * Every bureau's name and region: public facts, and a county must be able to name its
     * partner city. Nothing personal hangs off this list, so it is not narrowed by scope.
     */
    list: () => organisations.list(),

    findById: (id: string) => organisations.findById(id),
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
