import { type CheckInTimeline, CheckInTimelineResponseSchema } from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

/** Totals and arrivals per minute from `since` on (the window the chart shows), or all of them. */
export async function getCheckInTimeline(fairId: string, since: Date | undefined, signal?: AbortSignal): Promise<CheckInTimeline> {
  const query = new URLSearchParams(since ? { since: since.toISOString() } : {});
  const { timeline } = await requestJson(
    `/api/fairs/${encodeURIComponent(fairId)}/checkins/timeline?${query}`,
    CheckInTimelineResponseSchema,
    {
      signal,
    },
  );
  return timeline;
}
