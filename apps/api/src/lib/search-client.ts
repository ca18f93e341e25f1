import { Meilisearch } from "meilisearch";

export type SearchClient = Meilisearch;

/**
 * Short timeout: a search engine that hangs must degrade to 503, not hold requests open.
 * Uncompressed answers: Meilisearch sits next to the API, where gunzipping every search
 * answer cost the API process ~8 % of its CPU under load (BENCHMARKS.md, API hot reads).
 */
export function createSearchClient(url: string, apiKey: string | undefined): SearchClient {
  return new Meilisearch({ host: url, apiKey, timeout: 2_000, requestInit: { headers: { "Accept-Encoding": "identity" } } });
}
