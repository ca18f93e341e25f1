export { createAlertsRepository } from "./alerts.repository.ts";
export { createAlertsRoutes } from "./alerts.routes.ts";
export { type AlertsService, createAlertsService } from "./alerts.service.ts";
