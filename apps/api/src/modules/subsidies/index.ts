export { createSubsidiesRepository } from "./subsidies.repository.ts";
export { createSubsidiesRoutes } from "./subsidies.routes.ts";
export { createSubsidiesService, type SubsidiesService } from "./subsidies.service.ts";
