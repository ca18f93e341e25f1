// Job search: reads the seeker's words, asks the index (again, more loosely, only when nothing
// matched), answers in the contract's shape.
import type { SearchPositionsQuery, SearchPositionsResponse } from "@xiezuo/contracts";
import type { Clock } from "../../lib/clock.ts";
import { createEmployerDirectory } from "./employer-directory.ts";
import { parseQuery } from "./query-parser.ts";
import type { PositionSearcher } from "./search.repository.ts";
import { buildSearchRequest, relaxQuery } from "./search-request.ts";

export interface SearchService {
  searchPositions(query: SearchPositionsQuery): Promise<SearchPositionsResponse>;
}

const NO_TEXT = parseQuery("");

export function createSearchService(deps: {
  index: PositionSearcher;
  clock: Clock;
  employerAliasTtlMs?: number;
  /** Whether the positions index is being filled (then results are incomplete: the board says so). */
  isFilling?: () => Promise<boolean>;
}): SearchService {
  const isFilling = deps.isFilling ?? (async () => false);
  const employers = createEmployerDirectory({
    load: () => deps.index.listEmployerAliases(),
    clock: deps.clock,
    ttlMs: deps.employerAliasTtlMs,
  });
  return {
    async searchPositions(query) {
      // Asked alongside the search, so it adds no wait; a failed look-up is taken as "not filling".
      const filling = isFilling().catch(() => false);
      const parsed = query.q ? parseQuery(query.q, await employers.getMatcher()) : NO_TEXT;
      let result = await deps.index.search(buildSearchRequest(query, parsed));
      for (const looser of result.total === 0 ? relaxQuery(parsed) : []) {
        result = await deps.index.search(buildSearchRequest(query, looser));
        if (result.total > 0) break;
      }
      return {
        hits: result.hits as SearchPositionsResponse["hits"],
        total: result.total,
        facets: { city: result.facets.city ?? {}, employerKind: result.facets.employerKind ?? {} },
        indexing: await filling,
        understood: { wageMin: parsed.wageFloor },
      };
    },
  };
}
