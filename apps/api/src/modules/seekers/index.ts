export { createBadgesRoutes } from "./badges.routes.ts";
export { SEEKER_CHANGED } from "./seeker-events.ts";
export {
  createOrLinkSeeker,
  type LinkedSeekerRecord,
  replaceSeekerJobFamilies,
  type SeekerDraft,
  type SeekerLink,
} from "./seeker-link.repository.ts";
export { visibleSeekers } from "./seeker-scope.ts";
export { createSeekersRepository } from "./seekers.repository.ts";
export { createSeekersRoutes } from "./seekers.routes.ts";
export { createSeekersService, type SeekersService } from "./seekers.service.ts";
