// The search module's public face. The outbox relay (positions module) writes through
// PositionIndex; the app wires one index per process with createPositionIndex and hands
// the same uid to createPositionSearcher.
export { DEFAULT_INDEX_UID } from "./index-settings.ts";
export { INDEX_VERSION } from "./index-version.ts";
export { familyToken, findFamilyByLabel, JOB_FAMILIES, type JobFamily } from "./job-families.ts";
export { getFamily, readFamilies } from "./job-family-matcher.ts";
export { normalizeCity } from "./places.ts";
export { buildPositionDocument, classifyPosition, type PositionDocument } from "./position-document.ts";
export { createPositionIndex, type PositionIndexExtras, type PositionIndexOptions } from "./position-index.ts";
export type { EmployerKind, PositionForIndex, PositionIndex } from "./position-index.types.ts";
export { type ParsedQuery, parseQuery } from "./query-parser.ts";
export { createPositionSearcher, type PositionSearcher } from "./search.repository.ts";
export { createSearchRoutes } from "./search.routes.ts";
export { createSearchService, type SearchService } from "./search.service.ts";
