import { BadgeBatchResponseSchema, type BadgeResponse } from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

/** At most this many badges per printed batch (the API's limit). */
export const MAX_BADGES_PER_BATCH = 200;

/** Badges in the order asked; unknown ids are left out by the server. */
export async function getBadges(seekerIds: readonly string[], signal?: AbortSignal): Promise<BadgeResponse[]> {
  const { badges } = await requestJson("/api/badges/batch", BadgeBatchResponseSchema, {
    method: "POST",
    body: { seekerIds },
    signal,
  });
  return badges;
}
