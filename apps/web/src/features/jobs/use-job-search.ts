import type { PositionHit, SearchPositionsResponse } from "@xiezuo/contracts";
import { useCallback, useEffect, useState } from "react";
import { useApiData } from "../../lib/use-api-data.ts";
import { type JobFilters, toPageParams } from "./job-search-params.ts";
import { searchPositions } from "./jobs-api.ts";

type MoreState = { status: "idle" } | { status: "loading" } | { status: "error"; error: unknown };

/**
 * The job board's data: the first page for the current filters, further pages on demand,
 * and the city facets. With a city chosen, the cities come from the same search without
 * the city, so the other city chips stay visible and switching takes one tap.
 */
export function useJobSearch(filters: JobFilters) {
  const key = toPageParams(filters).toString();
  const first = useApiData((signal) => searchPositions(filters, { offset: 0 }, signal), [key]);
  const cityKey = filters.city ? toPageParams({ ...filters, city: null }).toString() : null;
  const cityFacets = useApiData(
    (signal) => (cityKey === null ? Promise.resolve(null) : searchPositions({ ...filters, city: null }, { offset: 0, limit: 1 }, signal)),
    [cityKey],
  );
  const [more, setMore] = useState<{ key: string; hits: PositionHit[] }>({ key, hits: [] });
  const [moreState, setMoreState] = useState<MoreState>({ status: "idle" });

  // New filters start again from the first page.
  useEffect(() => {
    setMore({ key, hits: [] });
    setMoreState({ status: "idle" });
  }, [key]);

  const extra = more.key === key ? more.hits : [];
  const hits = first.data ? mergeHits(first.data.hits, extra) : [];
  const total = first.data?.total ?? 0;

  const loadMore = useCallback(async () => {
    setMoreState({ status: "loading" });
    try {
      const page = await searchPositions(filters, { offset: hits.length });
      setMore((previous) => ({ key, hits: [...(previous.key === key ? previous.hits : []), ...page.hits] }));
      setMoreState({ status: "idle" });
    } catch (error) {
      setMoreState({ status: "error", error });
    }
  }, [filters, hits.length, key]);

  const facetSource: SearchPositionsResponse | null = filters.city ? (cityFacets.data ?? null) : first.data;
  return {
    first,
    hits,
    total,
    hasMore: first.data !== null && hits.length < total,
    loadMore,
    moreState,
    cityFacets: facetSource?.facets.city ?? {},
    employerKindFacets: first.data?.facets.employerKind ?? {},
  };
}

/** Positions can move between pages while the index changes; show each once. */
function mergeHits(firstPage: readonly PositionHit[], later: readonly PositionHit[]): PositionHit[] {
  const seen = new Set(firstPage.map((hit) => hit.id));
  return [...firstPage, ...later.filter((hit) => !seen.has(hit.id) && seen.add(hit.id))];
}
