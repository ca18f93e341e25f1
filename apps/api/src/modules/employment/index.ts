export { createEmploymentRepository } from "./employment.repository.ts";
export { createEmploymentRoutes } from "./employment.routes.ts";
export { createEmploymentService, type EmploymentService } from "./employment.service.ts";
