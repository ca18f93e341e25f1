import { IdSchema } from "@xiezuo/contracts";
import { MAX_BADGES_PER_BATCH } from "./badges-api.ts";

/** Two columns by four rows fit an A4 page with room to cut. */
export const BADGES_PER_PAGE = 8;

/** Seeker ids from `?ids=a,b,c`: valid UUIDs only, each once, in order, at most one batch. */
export function readBadgeIds(search: string): { ids: string[]; ignored: number } {
  const raw = (new URLSearchParams(search).get("ids") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const ids = [...new Set(raw.filter((part) => IdSchema.safeParse(part).success))];
  return { ids: ids.slice(0, MAX_BADGES_PER_BATCH), ignored: raw.length - Math.min(ids.length, MAX_BADGES_PER_BATCH) };
}

/** The printable URL for these seekers: ids are random UUIDs, never personal data. */
export function getBadgeSheetPath(seekerIds: readonly string[]): string {
  return `/seekers/badges?${new URLSearchParams({ ids: seekerIds.join(",") })}`;
}

export function splitIntoPages<T>(items: readonly T[], perPage = BADGES_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages;
}
