export { createHouseholdsRepository } from "./households.repository.ts";
export { createHouseholdsRoutes } from "./households.routes.ts";
export { createHouseholdsService, type HouseholdsService } from "./households.service.ts";
