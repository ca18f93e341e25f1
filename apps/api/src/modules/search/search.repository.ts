// Runs one search against the positions index. Meilisearch being unreachable or slow
// is SEARCH_UNAVAILABLE (503); an index not created yet simply holds nothing.
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from "meilisearch";
import { AppError } from "../../lib/app-error.ts";
import type { SearchClient } from "../../lib/search-client.ts";
import { DEFAULT_INDEX_UID } from "./index-settings.ts";
import type { MeiliSearchRequest } from "./search-request.ts";

export interface PositionHitRecord {
  id: string;
  title: string;
  employerName: string;
  employerKind: string;
  city: string;
  wageMin: number;
  wageMax: number;
  openings: number;
  foodProvided: boolean;
  lodgingProvided: boolean;
  fairIds: string[];
}

export interface PositionSearchResult {
  hits: PositionHitRecord[];
  total: number;
  facets: Record<string, Record<string, number>>;
}

export interface PositionSearcher {
  search(request: MeiliSearchRequest): Promise<PositionSearchResult>;
  /** Every employer alias in the index (see employer-aliases.ts). */
  listEmployerAliases(): Promise<string[]>;
}

const UNAVAILABLE = "搜索服务暂时不可用，请稍后再试";

export function createPositionSearcher(client: SearchClient, uid = DEFAULT_INDEX_UID): PositionSearcher {
  const index = client.index<PositionHitRecord>(uid);
  /** Runs a Meilisearch call; a missing index answers `empty`, an unreachable engine 503. */
  async function guarded<T>(call: () => Promise<T>, empty: T): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === "index_not_found") return empty;
      if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
        throw new AppError("SEARCH_UNAVAILABLE", UNAVAILABLE);
      }
      // A failing engine, or one that no longer accepts our key, is unavailable to the client.
      const status = error instanceof MeilisearchApiError ? (error.response?.status ?? 0) : 0;
      if (status >= 500 || status === 401 || status === 403) throw new AppError("SEARCH_UNAVAILABLE", UNAVAILABLE);
      throw error;
    }
  }

  return {
    search: (request) =>
      guarded(
        async () => {
          const { q, ...params } = request;
          const response = await index.search(q, params);
          return {
            hits: response.hits,
            total: response.estimatedTotalHits ?? response.hits.length,
            facets: response.facetDistribution ?? {},
          };
        },
        { hits: [], total: 0, facets: {} },
      ),

    listEmployerAliases: () =>
      guarded(async () => {
        const response = await index.search("", { limit: 0, facets: ["employerAliases"], filter: [`status = "OPEN"`] });
        return Object.keys(response.facetDistribution?.employerAliases ?? {});
      }, []),
  };
}
