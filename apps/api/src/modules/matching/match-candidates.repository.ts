// Sends matching's candidate queries to Meilisearch in one multi-search per request: the
// only place matching talks to the search engine. Unreachable → SEARCH_UNAVAILABLE (503);
// an index not created yet proposes nobody.
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from "meilisearch";
import { AppError } from "../../lib/app-error.ts";
import type { SearchClient } from "../../lib/search-client.ts";
import { type CandidateQuery, MIN_CANDIDATES_PER_QUERY } from "./match-candidates.ts";

const UNAVAILABLE = "搜索服务暂时不可用，请稍后再试";

export interface CandidateSearcher {
  /** Position ids proposed by any of the queries, best angles first. */
  positionIds(queries: CandidateQuery[], limit: number): Promise<string[]>;
  /** Seeker ids proposed by any of the queries, best angles first. */
  seekerIds(queries: CandidateQuery[], limit: number): Promise<string[]>;
}

export function createCandidateSearcher(
  client: SearchClient,
  indexes: { positionIndexUid: string; seekerIndexUid: string },
): CandidateSearcher {
  async function idsFrom(indexUid: string, queries: CandidateQuery[], limit: number): Promise<string[]> {
    try {
      const response = await client.multiSearch({
        queries: queries.map((query) => ({
          indexUid,
          ...query,
          limit: Math.max(limit, MIN_CANDIDATES_PER_QUERY),
          attributesToRetrieve: ["id"],
          matchingStrategy: "last" as const,
        })),
      });
      const ids = new Set<string>();
      for (const result of response.results) for (const hit of result.hits) ids.add(String(hit.id));
      return [...ids];
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === "index_not_found") return [];
      if (
        error instanceof MeilisearchApiError ||
        error instanceof MeilisearchRequestError ||
        error instanceof MeilisearchRequestTimeOutError
      ) {
        throw new AppError("SEARCH_UNAVAILABLE", UNAVAILABLE);
      }
      throw error;
    }
  }
  return {
    positionIds: (queries, limit) => idsFrom(indexes.positionIndexUid, queries, limit),
    seekerIds: (queries, limit) => idsFrom(indexes.seekerIndexUid, queries, limit),
  };
}
