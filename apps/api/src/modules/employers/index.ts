export { createEmployersRepository } from "./employers.repository.ts";
export { createEmployersRoutes } from "./employers.routes.ts";
export { createEmployersService } from "./employers.service.ts";
