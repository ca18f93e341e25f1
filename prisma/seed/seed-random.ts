// Deterministic randomness and ids for the demo seed: the same seed gives the same data.
import { createHash } from "node:crypto";
import { createSeededRandom, type RandomSource } from "../../packages/contracts/src/validators/index.ts";

export type { RandomSource };

/** Helpers over one seeded stream; each data builder owns its own stream. */
export interface Rng {
  next: RandomSource;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  shuffle<T>(items: readonly T[]): T[];
}

export function createRng(seed: number): Rng {
  const next = createSeededRandom(seed);
  const int = (min: number, max: number) => min + Math.min(max - min, Math.floor(next() * (max - min + 1)));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted(items, weight) {
      const total = items.reduce((sum, item) => sum + Math.max(0, weight(item)), 0);
      if (total <= 0) return pick(items);
      let r = next() * total;
      for (const item of items) {
        r -= Math.max(0, weight(item));
        if (r < 0) return item;
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
  };
}

/** Name-based UUID (RFC 4122 version 5 layout over SHA-1): stable ids, relations without round trips. */
export function demoUuid(kind: string, key: string | number): string {
  const bytes = createHash("sha1").update(`xiezuo-demo:${kind}:${key}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A time in Asia/Shanghai (UTC+8, no DST) as a Date. */
export function shanghaiTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour - 8, minute, second));
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
