import type { TransferCounts, TransferCountsEvent } from "@xiezuo/contracts";

/**
 * A transfer's figures on screen come from two places: the transfer as read from the API, and
 * the room's `transfer:counts` events (absolute figures, not increments). Each gets a number
 * from one local sequence when it happens — a read when it starts, an event when it arrives —
 * so the screen shows whichever is newer: an event that arrived after the read began is newer
 * than what the read can know, and a read begun after an event includes it.
 */
export interface CountsSource {
  counts: TransferCounts;
  seq: number;
}

export interface LiveCounts {
  read: CountsSource | null;
  event: (CountsSource & { at: string }) | null;
}

export const NO_LIVE_COUNTS: LiveCounts = { read: null, event: null };

/** A read answered; it was started at `seq`. An older read than the one shown changes nothing. */
export function applyRead(state: LiveCounts, counts: TransferCounts, seq: number): LiveCounts {
  if (state.read && state.read.seq > seq) return state;
  return { ...state, read: { counts, seq } };
}

/** An event arrived (its `seq` taken at arrival). One timed before the last event shown is stale. */
export function applyEvent(state: LiveCounts, event: Pick<TransferCountsEvent, "counts" | "at">, seq: number): LiveCounts {
  if (state.event && Date.parse(event.at) < Date.parse(state.event.at)) return state;
  return { ...state, event: { counts: event.counts, at: event.at, seq } };
}

export function currentCounts(state: LiveCounts): TransferCounts | null {
  const { read, event } = state;
  if (event && (!read || event.seq > read.seq)) return event.counts;
  return read?.counts ?? null;
}
