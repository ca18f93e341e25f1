export { ANNOUNCE_WINDOW_MS, CHECK_IN_SWEEP_MS, type CheckInAnnouncer, createCheckInAnnouncer } from "./checkin-announcer.ts";
export { createCheckinsRepository } from "./checkins.repository.ts";
export { createCheckinsRoutes } from "./checkins.routes.ts";
export { type CheckinsService, createCheckinsService } from "./checkins.service.ts";
