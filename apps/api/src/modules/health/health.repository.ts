// What health asks the backing services: can the database answer, does Meilisearch, and is
// a search index being filled (a lease row of index-sync).
import type { Db } from "../../lib/prisma.ts";
import type { SearchClient } from "../../lib/search-client.ts";
import { queryRows } from "../../lib/sql-statement.ts";
import type { IndexBuildsRepository } from "../index-sync/index.ts";
import type { HealthProbes } from "./health.routes.ts";
import { DATABASE_PING } from "./sql/database-ping.sql.ts";

export function createHealthProbes(deps: {
  db: Db;
  search: SearchClient;
  indexBuilds: IndexBuildsRepository;
  indexUids: string[];
}): HealthProbes {
  return {
    async database() {
      try {
        await queryRows(deps.db, DATABASE_PING);
        return true;
      } catch {
        return false;
      }
    },
    async search() {
      if (!(await deps.search.isHealthy())) return { ok: false, reason: "unreachable" };
      const filling = await deps.indexBuilds.anyIncomplete(deps.indexUids).catch(() => false);
      return filling ? { ok: false, reason: "rebuilding" } : { ok: true };
    },
  };
}
