import { describe, expect, it } from "vitest";
import {
  applyCheckInEvent,
  applyIntentEvent,
  describeArrivals,
  figuresFromTimeline,
  getArrivalBars,
  getLabelStep,
  getScaleMax,
  getWindowEnd,
  isLabelledBar,
  startOfMinute,
} from "./live-figures-model.ts";

const FAIR_ID = "6f1c1c1e-3b1a-4d6a-9a51-2f8a3c1d9e10";
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
// 09:14 in Beijing is 01:14 UTC.
const NINE_FOURTEEN = Date.parse("2025-05-20T01:14:00.000Z");

function timeline() {
  return figuresFromTimeline({
    fairId: FAIR_ID,
    checkIns: 10,
    intents: 4,
    seekersWithIntent: 3,
    buckets: [
      { minute: "2025-05-20T01:13:00.000Z", arrivals: 6 },
      { minute: "2025-05-20T01:14:00.000Z", arrivals: 4 },
    ],
    asOf: "2025-05-20T01:14:30.000Z",
  });
}

/** A server event announcing one check-in (a burst would list several in checkInIds). */
const checkIn = (checkIns: number, at: string, n = checkIns) => ({
  fairId: FAIR_ID,
  checkInId: ID(n),
  at,
  checkIns,
  arrivals: 1,
  checkInIds: [ID(n)],
});

describe("applyCheckInEvent", () => {
  it("takes the running total and bumps the bar of the check-in's minute", () => {
    const next = applyCheckInEvent(timeline(), checkIn(11, "2025-05-20T01:14:45.120Z"));
    expect(next.checkIns).toBe(11);
    expect(next.arrivals.get(NINE_FOURTEEN)).toBe(5);
  });

  it("ignores an event already counted by the catch-up or overtaken by a later one", () => {
    const start = timeline();
    expect(applyCheckInEvent(start, checkIn(10, "2025-05-20T01:14:10.000Z"))).toBe(start);
    const later = applyCheckInEvent(start, checkIn(12, "2025-05-20T01:15:01.000Z"));
    expect(applyCheckInEvent(later, checkIn(11, "2025-05-20T01:15:00.000Z"))).toBe(later);
  });

  it("counts a burst announced in one event", () => {
    const burst = { ...checkIn(14, "2025-05-20T01:15:00.080Z"), arrivals: 4, checkInIds: [ID(11), ID(12), ID(13), ID(14)] };
    const next = applyCheckInEvent(timeline(), burst);
    expect(next.checkIns).toBe(14);
    expect(next.arrivals.get(NINE_FOURTEEN + 60_000)).toBe(4);
  });

  it("keeps the bars adding up to the total when events were missed", () => {
    const next = applyCheckInEvent(timeline(), checkIn(13, "2025-05-20T01:15:05.000Z"));
    const sum = [...next.arrivals.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBe(13);
  });
});

describe("applyIntentEvent", () => {
  const intent = (n: number, at: string, seekersWithIntent: number) => ({
    fairId: FAIR_ID,
    intentId: ID(n),
    positionId: ID(99),
    at,
    seekersWithIntent,
  });

  it("counts each new intent once", () => {
    const once = applyIntentEvent(timeline(), intent(1, "2025-05-20T01:15:00.000Z", 4));
    const twice = applyIntentEvent(once, intent(1, "2025-05-20T01:15:00.000Z", 4));
    expect(twice).toMatchObject({ intents: 5, seekersWithIntent: 4 });
  });

  it("does not count intents the catch-up already had", () => {
    expect(applyIntentEvent(timeline(), intent(2, "2025-05-20T01:14:00.000Z", 3))).toMatchObject({ intents: 4, seekersWithIntent: 3 });
  });
});

describe("arrival bars", () => {
  it("lists every minute of the window, empty ones as zero, in Beijing time", () => {
    const bars = getArrivalBars(timeline().arrivals, NINE_FOURTEEN + 20_000, 3);
    expect(bars.map((bar) => [bar.label, bar.arrivals])).toEqual([
      ["09:12", 0],
      ["09:13", 6],
      ["09:14", 4],
    ]);
  });

  it("rounds the scale up to a readable number", () => {
    const bars = (values: number[]) => values.map((arrivals, minute) => ({ minute, arrivals, label: "" }));
    expect(getScaleMax(bars([0, 0]))).toBe(5);
    expect(getScaleMax(bars([7]))).toBe(10);
    expect(getScaleMax(bars([23]))).toBe(25);
    expect(getScaleMax(bars([180]))).toBe(200);
  });

  it("describes the chart in one sentence", () => {
    const bars = getArrivalBars(timeline().arrivals, NINE_FOURTEEN, 3);
    expect(describeArrivals(bars)).toBe("09:12–09:14 共签到 10 人；最多的一分钟是 09:13，6 人；最后一分钟（09:14）4 人。");
    expect(describeArrivals(getArrivalBars(new Map(), NINE_FOURTEEN, 60))).toBe("08:15–09:14 没有人签到。");
  });

  it("starts minutes on the minute", () => {
    expect(startOfMinute(NINE_FOURTEEN + 59_999)).toBe(NINE_FOURTEEN);
  });
});

describe("chart window", () => {
  const arrivals = timeline().arrivals;

  it("ends now while the fair runs, at the last arrival once it is over", () => {
    expect(getWindowEnd(arrivals, NINE_FOURTEEN + 3_600_000, { isLive: true, endsAt: "2025-05-20T07:00:00.000Z" })).toBe(
      NINE_FOURTEEN + 3_600_000,
    );
    expect(getWindowEnd(arrivals, NINE_FOURTEEN + 3_600_000, { isLive: false, endsAt: "2025-05-20T07:00:00.000Z" })).toBe(NINE_FOURTEEN);
    expect(getWindowEnd(new Map(), Date.parse("2030-01-01T00:00:00Z"), { isLive: false, endsAt: "2025-05-20T07:00:00.000Z" })).toBe(
      Date.parse("2025-05-20T07:00:00.000Z"),
    );
  });

  it("keeps to about six time labels", () => {
    expect([60, 120, 172, 600].map(getLabelStep)).toEqual([10, 20, 30, 120]);
  });

  it("labels round minutes and the last one, never two labels side by side", () => {
    // 60 minutes ending at 09:14: round tens are 08:20 … 09:10; 09:10 is too close to 09:14.
    const bars = getArrivalBars(arrivals, NINE_FOURTEEN, 60);
    const labels = bars.filter((_, index) => isLabelledBar(bars, index, 10)).map((bar) => bar.label);
    expect(labels).toEqual(["08:20", "08:30", "08:40", "08:50", "09:00", "09:14"]);
  });
});
