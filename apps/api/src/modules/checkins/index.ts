export { ANNOUNCE_WINDOW_MS, CHECK_IN_SWEEP_MS, type CheckInAnnouncer } from "./checkin-announcer.ts";
export { createCheckinsRoutes } from "./checkins.routes.ts";
export type { CheckinsService } from "./checkins.service.ts";
export { createCheckinsModule } from "./checkins-module.ts";
