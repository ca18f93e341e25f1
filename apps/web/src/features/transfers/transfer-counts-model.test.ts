import { describe, expect, it } from "vitest";
import { applyEvent, applyRead, currentCounts, NO_LIVE_COUNTS } from "./transfer-counts-model.ts";

const counts = (boarded: number, listed = 10 - boarded) => ({ listed, boarded, arrived: 0, noShow: 0, exceptions: 0 });

describe("live transfer counts", () => {
  it("shows nothing until something is known, then the read", () => {
    expect(currentCounts(NO_LIVE_COUNTS)).toBeNull();
    expect(currentCounts(applyRead(NO_LIVE_COUNTS, counts(1), 1))).toEqual(counts(1));
  });

  it("shows an event that arrived after the read began, and a later read over it", () => {
    let state = applyRead(NO_LIVE_COUNTS, counts(1), 1);
    state = applyEvent(state, { counts: counts(2), at: "2025-03-02T00:00:01.000Z" }, 2);
    expect(currentCounts(state)).toEqual(counts(2));
    // A read begun after that event includes it (and what happened since).
    state = applyRead(state, counts(3), 3);
    expect(currentCounts(state)).toEqual(counts(3));
  });

  it("keeps an event that arrived while a read was on its way", () => {
    // The read began (seq 1), the event arrived (seq 2), then the read answered.
    let state = applyEvent(NO_LIVE_COUNTS, { counts: counts(4), at: "2025-03-02T00:00:01.000Z" }, 2);
    state = applyRead(state, counts(3), 1);
    expect(currentCounts(state)).toEqual(counts(4));
  });

  it("ignores an event timed before the one shown, and a read older than the one shown", () => {
    let state = applyEvent(NO_LIVE_COUNTS, { counts: counts(5), at: "2025-03-02T00:00:05.000Z" }, 1);
    state = applyEvent(state, { counts: counts(4), at: "2025-03-02T00:00:04.000Z" }, 2);
    expect(currentCounts(state)).toEqual(counts(5));
    state = applyRead(applyRead(state, counts(7), 4), counts(6), 3);
    expect(currentCounts(state)).toEqual(counts(7));
  });
});
