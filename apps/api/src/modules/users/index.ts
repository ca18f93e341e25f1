export { createUsersRepository } from "./users.repository.ts";
export { createUsersRoutes } from "./users.routes.ts";
export { createUsersService } from "./users.service.ts";
