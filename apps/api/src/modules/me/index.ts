export { createMeRepository, type MeRepository } from "./me.repository.ts";
export { createMeRoutes } from "./me.routes.ts";
export { createMeService, type MeService } from "./me.service.ts";
