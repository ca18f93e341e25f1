// Job search: reads the seeker's words, asks the index (again, more loosely, only when nothing
// matched), answers in the contract's shape, saying how the words were read when that was not
// as typed (旱工 → 焊工).
import type { SearchPositionsQuery, SearchPositionsResponse } from "@xiezuo/contracts";
import type { Clock } from "../../lib/clock.ts";
import { createEmployerDirectory } from "./employer-directory.ts";
import { parseQuery } from "./query-parser.ts";
import type { PositionSearcher } from "./search.repository.ts";
import { buildSearchRequest, listLooserReadings } from "./search-request.ts";

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
      const names = query.q ? await employers.getNames() : null;
      const parsed = query.q && names ? parseQuery(query.q, names, { exact: query.exact }) : NO_TEXT;
      let used = parsed;
      let result = await deps.index.search(buildSearchRequest(query, parsed));
      // A slip is read only now: a real word (技术) usually finds itself, a slip (抄车) finds nothing.
      const withSlips = () => (query.q && names && !query.exact ? parseQuery(query.q, names, { slips: true }) : null);
      for (const looser of result.total === 0 ? listLooserReadings(parsed, withSlips()) : []) {
        result = await deps.index.search(buildSearchRequest(query, looser));
        used = looser;
        if (result.total > 0) break;
      }
      return {
        hits: result.hits as SearchPositionsResponse["hits"],
        total: result.total,
        facets: { city: result.facets.city ?? {}, employerKind: result.facets.employerKind ?? {} },
        indexing: await filling,
        understood: { wageMin: used.wageFloor },
        interpretedAs: used.readAs,
      };
    },
  };
}
