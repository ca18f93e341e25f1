// The employer short names the index knows, kept in memory so reading a query costs no
// extra round trip. Refreshed in the background once stale; a failed refresh keeps the
// last good list. Each API process holds its own copy: it is derived, never shared state.
import type { Clock } from "../../lib/clock.ts";

export interface EmployerDirectory {
  /** Known aliases, longest first. */
  getAliases(): Promise<readonly string[]>;
}

export function createEmployerDirectory(deps: { load: () => Promise<string[]>; clock: Clock; ttlMs?: number }): EmployerDirectory {
  const ttlMs = deps.ttlMs ?? 5_000;
  let aliases: readonly string[] | null = null;
  let loadedAt = 0;
  let loading: Promise<readonly string[]> | null = null;

  function refresh(): Promise<readonly string[]> {
    loading ??= deps
      .load()
      .then((list) => {
        aliases = [...new Set(list)].sort((a, b) => b.length - a.length);
        loadedAt = deps.clock.now().getTime();
        return aliases;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  return {
    async getAliases() {
      if (aliases === null) return refresh();
      if (deps.clock.now().getTime() - loadedAt > ttlMs) refresh().catch(() => {});
      return aliases;
    },
  };
}
