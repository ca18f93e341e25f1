// The employer short names the index knows, kept in memory as a phrase matcher (and, made
// on first need, an index of how they sound) so reading a query costs no extra round trip.
// Refreshed in the background once stale; a failed refresh keeps the last good one, and an
// unchanged list keeps what was built from it. Each API process holds its own copy: it is
// derived from the index, never shared state.
import type { Clock } from "../../lib/clock.ts";
import { createPhraseMatcher } from "./phrase-matcher.ts";
import type { EmployerNames } from "./query-parser.ts";
import { createSoundIndex, type SoundIndex } from "./sound-index.ts";

export interface EmployerDirectory {
  getNames(): Promise<EmployerNames>;
}

/** The names of one list: the matcher at once, the sound index when a query first needs it. */
function buildNames(aliases: readonly string[]): EmployerNames {
  let sounds: SoundIndex | null = null;
  return {
    phrases: createPhraseMatcher(aliases),
    sounds: () => {
      sounds ??= createSoundIndex(aliases, { slips: false });
      return sounds;
    },
  };
}

export function createEmployerDirectory(deps: { load: () => Promise<string[]>; clock: Clock; ttlMs?: number }): EmployerDirectory {
  const ttlMs = deps.ttlMs ?? 2_000;
  let names: EmployerNames | null = null;
  let listed = "";
  let loadedAt = 0;
  let loading: Promise<EmployerNames> | null = null;

  function refresh(): Promise<EmployerNames> {
    loading ??= deps
      .load()
      .then((loaded) => {
        const aliases = loaded.map((a) => a.normalize("NFKC").toLowerCase());
        const key = aliases.join("\n");
        if (names === null || key !== listed) names = buildNames(aliases);
        listed = key;
        loadedAt = deps.clock.now().getTime();
        return names;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  return {
    async getNames() {
      if (names === null) return refresh();
      if (deps.clock.now().getTime() - loadedAt > ttlMs) refresh().catch(() => {});
      return names;
    },
  };
}
