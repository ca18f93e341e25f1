import { useQuery } from "@tanstack/react-query";
import { useCallback, useId } from "react";
import { PERSIST } from "./query-client.ts";

export type ApiData<T> =
  | { status: "loading"; data: T | null; error: null }
  | { status: "success"; data: T; error: null }
  | { status: "error"; data: T | null; error: unknown };

/**
 * A page's data through TanStack Query, keyed by this component and `deps`. New `deps` (another
 * page) start empty; a reload keeps the current data on screen while it loads; the previous
 * request is cancelled, so a slow answer for an old page never overwrites the current one.
 * Like every query, it is refreshed after any successful write (lib/query-client.ts), so a
 * page stays true after an action without a reload.
 * `load` should be stable for the given `deps` (it is read when they change).
 *
 * `options.key` names the data instead (e.g. `["fairs", id]`): every component asking for it
 * shares one cache entry. `options.persist` keeps it for offline starts — only for data that
 * says nothing about a person (lib/query-client.ts).
 */
export function useApiData<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
  options: { key?: readonly unknown[]; persist?: boolean } = {},
): ApiData<T> & { reload: () => void } {
  const id = useId();
  const query = useQuery({
    queryKey: options.key ? [...options.key, ...deps] : ["page-data", id, ...deps],
    queryFn: ({ signal }) => load(signal),
    meta: options.persist ? PERSIST : undefined,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const data = query.data ?? null;
  if (query.isFetching) return { status: "loading", data, error: null, reload };
  if (query.isError) return { status: "error", data, error: query.error, reload };
  if (query.data !== undefined) return { status: "success", data: query.data, error: null, reload };
  return { status: "loading", data, error: null, reload };
}
