import { Meilisearch } from "meilisearch";

export type SearchClient = Meilisearch;

/** Short timeout: a search engine that hangs must degrade to 503, not hold requests open. */
export function createSearchClient(url: string, apiKey: string | undefined): SearchClient {
  return new Meilisearch({ host: url, apiKey, timeout: 2_000 });
}
