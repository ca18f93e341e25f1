export { type CandidateSearcher, createCandidateSearcher } from "./match-candidates.repository.ts";
export { createMatchingRepository, type MatchingRepository } from "./matching.repository.ts";
export { createMatchingRoutes } from "./matching.routes.ts";
export { createMatchingService, type MatchingService } from "./matching.service.ts";
export { buildSeekerDocument, SEEKER_DOCUMENT_FIELDS, type SeekerDocument } from "./seeker-document.ts";
export { createSeekerIndexHandlers, createSeekerIndexSource, syncedSeekerIndex } from "./seeker-index.sync.ts";
export { createSeekerIndex, DEFAULT_SEEKER_INDEX_UID, type SeekerIndex } from "./seeker-index.ts";
