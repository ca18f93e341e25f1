import type { CreateOrganisationRequest, Organisation } from "@xiezuo/contracts";
import { AppError } from "../../lib/app-error.ts";
import type { Scope } from "../../lib/scope.ts";
import type { OrganisationsRepository } from "./organisations.repository.ts";

export function createOrganisationsService(deps: { organisations: OrganisationsRepository }) {
  const { organisations } = deps;
  return {
    /** Only the platform (an ADMIN without organisation) founds bureaus. */
    async create(input: CreateOrganisationRequest, scope: Scope, actorUserId: string): Promise<Organisation> {
      if (!scope.platform) throw new AppError("FORBIDDEN", "只有平台管理员可以新建机构");
      if (await organisations.nameTaken(input.name)) throw new AppError("CONFLICT", "已有同名机构");
      return organisations.createWithAudit(input, actorUserId);
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
