export { createReportsRepository } from "./reports.repository.ts";
export { createReportsRoutes } from "./reports.routes.ts";
export { createReportsService, type FairFacts, type ReportsService } from "./reports.service.ts";
