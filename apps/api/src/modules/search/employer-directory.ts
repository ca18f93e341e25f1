// The employer short names the index knows, kept in memory as a phrase matcher so
// reading a query costs no extra round trip. Refreshed in the background once stale; a
// failed refresh keeps the last good one. Each API process holds its own copy: it is
// derived from the index, never shared state.
import type { Clock } from "../../lib/clock.ts";
import { createPhraseMatcher, type PhraseMatcher } from "./phrase-matcher.ts";

export interface EmployerDirectory {
  getMatcher(): Promise<PhraseMatcher>;
}

export function createEmployerDirectory(deps: { load: () => Promise<string[]>; clock: Clock; ttlMs?: number }): EmployerDirectory {
  const ttlMs = deps.ttlMs ?? 2_000;
  let matcher: PhraseMatcher | null = null;
  let loadedAt = 0;
  let loading: Promise<PhraseMatcher> | null = null;

  function refresh(): Promise<PhraseMatcher> {
    loading ??= deps
      .load()
      .then((aliases) => {
        matcher = createPhraseMatcher(aliases.map((a) => a.normalize("NFKC").toLowerCase()));
        loadedAt = deps.clock.now().getTime();
        return matcher;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  return {
    async getMatcher() {
      if (matcher === null) return refresh();
      if (deps.clock.now().getTime() - loadedAt > ttlMs) refresh().catch(() => {});
      return matcher;
    },
  };
}
