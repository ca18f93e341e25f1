export { createBadgesRoutes } from "./badges.routes.ts";
export { enqueueSeekerChanged, SEEKER_CHANGED } from "./seeker-events.ts";
export { createSeekersRepository } from "./seekers.repository.ts";
export { createSeekersRoutes } from "./seekers.routes.ts";
export { createSeekersService, type SeekersService } from "./seekers.service.ts";
