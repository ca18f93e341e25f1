export { createOrganisationsRepository } from "./organisations.repository.ts";
export { createOrganisationsRoutes } from "./organisations.routes.ts";
export { createOrganisationsService, type OrganisationsService } from "./organisations.service.ts";
