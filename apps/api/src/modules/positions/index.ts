export { enqueuePositionChanged, POSITION_CHANGED } from "./position-events.ts";
export { createPositionIndexHandlers, createReadyPositionIndex } from "./position-index.handler.ts";
export { createPositionIndexSource, syncedPositionIndex } from "./position-index.rebuild.ts";
export { createPositionsRepository, type PositionsRepository } from "./positions.repository.ts";
export { createPositionsRoutes } from "./positions.routes.ts";
export { createPositionsService } from "./positions.service.ts";
