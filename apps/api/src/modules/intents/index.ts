export { createIntentsRepository, SEEKER_BRIEF_SELECT } from "./intents.repository.ts";
export { createIntentsRoutes, toActor } from "./intents.routes.ts";
export {
  type Actor,
  type BadgeReader,
  createIntentsService,
  type IntentEvents,
  type IntentStatusNotices,
  type IntentsService,
} from "./intents.service.ts";
export { type SeekerBriefRow, toSeekerBrief } from "./seeker-brief.ts";
