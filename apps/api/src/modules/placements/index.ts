export { createFollowUpImport } from "./followups-import.ts";
export { computePlacementStatus, type FollowUpFact, type PlacementStatusResult } from "./placement-status.ts";
export { createPlacementsRepository } from "./placements.repository.ts";
export { createPlacementsRoutes } from "./placements.routes.ts";
export { createPlacementsService, type PlacementsService } from "./placements.service.ts";
