// Server state for the whole web app: one TanStack QueryClient. Any successful write through
// the API client refreshes the queries on screen (so pages stay true after an action without
// a reload); calls that must not (the desk's check-in stream) opt out. A few queries marked
// `meta: { persist: true }` — the signed-in account and public fair facts, nothing about job
// seekers — are kept in localStorage so the desk, the booth and 我的 start again offline
// after a reload.
import { createSyncStoragePersister } from "@tanstack/query-sync-storage-persister";
import { onlineManager, QueryClient } from "@tanstack/react-query";
import type { PersistQueryClientOptions } from "@tanstack/react-query-persist-client";
import { isApiRequestError, setAfterWriteHandler } from "./api-client.ts";

/** Bump when a persisted query's shape changes: older copies are dropped at start. */
const CACHE_VERSION = "1";
const STORAGE_KEY = "xiezuo-offline-cache";
const MAX_AGE_MS = 7 * 24 * 3_600_000;

export const PERSIST = { persist: true } as const;

export function createAppQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        // Offline, a query answers from what it has (the service worker or persisted data)
        // rather than waiting for a network that is not there.
        networkMode: "offlineFirst",
        // The API's own answers (404, 403, 400) are final; a lost connection is retried while
        // the app believes it is online, and otherwise shown at once (with what is cached).
        retry: (count, error) => count < 2 && isApiRequestError(error) && error.code === "NETWORK_ERROR" && onlineManager.isOnline(),
        refetchOnWindowFocus: true,
        staleTime: 0,
      },
      mutations: { networkMode: "offlineFirst" },
    },
  });
  setAfterWriteHandler(() => {
    // The session check is not a page's data: a write does not change who is signed in.
    void client.invalidateQueries({ refetchType: "active", predicate: (query) => query.queryKey[0] !== "auth" });
  });
  return client;
}

/** Roles whose work goes on offline (desk, booth): only their devices keep a cache. */
const OFFLINE_ROLES: ReadonlySet<string> = new Set(["ADMIN", "STAFF", "EMPLOYER"]);

export function createPersistOptions(client: QueryClient): Omit<PersistQueryClientOptions, "queryClient"> {
  const storage = createSyncStoragePersister({ storage: window.localStorage, key: STORAGE_KEY, throttleTime: 500 });
  // A job seeker's phone or a visitor's keeps nothing here (the seeker's page has its badge
  // token only); a worker's device keeps the marked queries.
  const isWorkerDevice = () => OFFLINE_ROLES.has(String((client.getQueryData(["auth", "me"]) as { role?: string } | null)?.role));
  return {
    persister: {
      persistClient: (persisted) =>
        persisted.clientState.queries.length > 0 ? storage.persistClient(persisted) : window.localStorage.removeItem(STORAGE_KEY),
      restoreClient: () => storage.restoreClient(),
      removeClient: () => storage.removeClient(),
    },
    maxAge: MAX_AGE_MS,
    buster: CACHE_VERSION,
    dehydrateOptions: {
      shouldDehydrateQuery: (query) => query.meta?.persist === true && query.state.status === "success" && isWorkerDevice(),
    },
  };
}

/**
 * At sign-in and sign-out: forgets every page's data, on screen and in storage. The session
 * query stays (its observer lives for the whole app); the caller sets it right after.
 */
export function forgetEverything(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== "auth" });
  window.localStorage.removeItem(STORAGE_KEY);
}
