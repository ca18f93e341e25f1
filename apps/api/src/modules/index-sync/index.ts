// Search indexes kept complete across rebuilds: a lease per index in PostgreSQL and the
// rebuild + reconcile runner. The positions and matching modules give it their sources.
export { createIndexBuildsRepository, type IndexBuildsRepository } from "./index-builds.repository.ts";
export {
  createIndexSync,
  IndexBusyError,
  type IndexSource,
  type IndexSync,
  type IndexSyncOutbox,
  type IndexSyncResult,
  pagesById,
  type SyncedIndex,
} from "./index-sync.ts";
