export { managedFairs, operatedFairs, readableFairs } from "./fair-scope.ts";
export { createFairsRepository } from "./fairs.repository.ts";
export { createFairsRoutes } from "./fairs.routes.ts";
export { createFairsService } from "./fairs.service.ts";
