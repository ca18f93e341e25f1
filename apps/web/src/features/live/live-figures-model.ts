import type { CheckInCreatedEvent, CheckInTimeline, IntentCreatedEvent } from "@xiezuo/contracts";
import { formatNumber, formatTime } from "../../lib/format.ts";

const MINUTE_MS = 60_000;

/** What the organisers' screen shows: totals and arrivals per minute. */
export interface LiveFigures {
  checkIns: number;
  intents: number;
  seekersWithIntent: number;
  /** Arrivals by start of minute (epoch ms). */
  arrivals: ReadonlyMap<number, number>;
  /** Server time of the last catch-up; intent events up to it are already counted. */
  asOf: number;
  /** Intent events counted since the last catch-up (an event may arrive twice). */
  countedIntentIds: ReadonlySet<string>;
}

export function startOfMinute(instant: number): number {
  return Math.floor(instant / MINUTE_MS) * MINUTE_MS;
}

/** The figures as the API counts them, after (re)connecting. */
export function figuresFromTimeline(timeline: CheckInTimeline): LiveFigures {
  return {
    checkIns: timeline.checkIns,
    intents: timeline.intents,
    seekersWithIntent: timeline.seekersWithIntent,
    arrivals: new Map(timeline.buckets.map((bucket) => [startOfMinute(Date.parse(bucket.minute)), bucket.arrivals])),
    asOf: Date.parse(timeline.asOf),
    countedIntentIds: new Set(),
  };
}

/**
 * A check-in event (one arrival, or a burst of them) carries the running total, so it is
 * applied only when it moves the total forward: an event already in the last catch-up, or
 * one overtaken by a later event, changes nothing, and the bars always add up to what the
 * totals say. A burst spans at most a fraction of a second, so its latest `at` dates it.
 */
export function applyCheckInEvent(figures: LiveFigures, event: CheckInCreatedEvent): LiveFigures {
  if (event.checkIns <= figures.checkIns) return figures;
  const minute = startOfMinute(Date.parse(event.at));
  const arrivals = new Map(figures.arrivals);
  arrivals.set(minute, (arrivals.get(minute) ?? 0) + (event.checkIns - figures.checkIns));
  return { ...figures, checkIns: event.checkIns, arrivals };
}

/** An intent event has no running count of intents: count each id once, and none before the catch-up. */
export function applyIntentEvent(figures: LiveFigures, event: IntentCreatedEvent): LiveFigures {
  const seekersWithIntent = Math.max(figures.seekersWithIntent, event.seekersWithIntent);
  const isNew = !figures.countedIntentIds.has(event.intentId) && Date.parse(event.at) > figures.asOf;
  if (!isNew) return seekersWithIntent === figures.seekersWithIntent ? figures : { ...figures, seekersWithIntent };
  return {
    ...figures,
    intents: figures.intents + 1,
    seekersWithIntent,
    countedIntentIds: new Set([...figures.countedIntentIds, event.intentId]),
  };
}

export interface ArrivalBar {
  minute: number;
  arrivals: number;
  /** "09:14" in Beijing time. */
  label: string;
}

/** One bar per minute for the `windowMinutes` minutes up to and including the current one. */
export function getArrivalBars(arrivals: ReadonlyMap<number, number>, now: number, windowMinutes: number): ArrivalBar[] {
  const current = startOfMinute(now);
  const bars: ArrivalBar[] = [];
  for (let i = windowMinutes - 1; i >= 0; i--) {
    const minute = current - i * MINUTE_MS;
    bars.push({ minute, arrivals: arrivals.get(minute) ?? 0, label: formatTime(new Date(minute)) });
  }
  return bars;
}

/**
 * Where the chart's window ends: now while the fair runs; for a past fair, its last arrival
 * (or its end), so the organisers can look back at the day's curve.
 */
export function getWindowEnd(arrivals: ReadonlyMap<number, number>, now: number, fair: { isLive: boolean; endsAt: string }): number {
  if (fair.isLive) return now;
  const minutes = [...arrivals.keys()];
  if (minutes.length > 0) return Math.max(...minutes);
  return Math.min(now, Date.parse(fair.endsAt));
}

/**
 * Which bars get a time under them: round minutes (…:00, :10, :20) and always the last one;
 * a round minute too close to the last is skipped so the two labels never overlap.
 */
export function isLabelledBar(bars: readonly ArrivalBar[], index: number, every: number): boolean {
  const last = bars.length - 1;
  if (index === last) return true;
  const bar = bars[index];
  if (!bar) return false;
  // Beijing is a whole number of hours from UTC, so UTC minutes are Beijing minutes.
  return new Date(bar.minute).getUTCMinutes() % every === 0 && last - index >= every * 0.8;
}

/** Minutes between time labels: about six labels whatever the window, so a phone can fit them. */
export function getLabelStep(windowMinutes: number): number {
  return [10, 15, 20, 30, 60, 120].find((step) => windowMinutes / step <= 6) ?? 120;
}

/** Axis top: a round number at or above the busiest minute, so grid lines read easily. */
export function getScaleMax(bars: readonly ArrivalBar[]): number {
  const max = Math.max(0, ...bars.map((bar) => bar.arrivals));
  if (max <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= max) return step * magnitude;
  }
  return 10 * magnitude;
}

/** One sentence for screen readers: the total, the busiest minute and the latest one. */
export function describeArrivals(bars: readonly ArrivalBar[]): string {
  const total = bars.reduce((sum, bar) => sum + bar.arrivals, 0);
  if (bars.length === 0) return "暂无数据。";
  const span = `${bars[0]?.label ?? ""}–${bars[bars.length - 1]?.label ?? ""}`;
  if (total === 0) return `${span} 没有人签到。`;
  const busiest = bars.reduce((best, bar) => (bar.arrivals > best.arrivals ? bar : best));
  const latest = bars[bars.length - 1];
  return (
    `${span} 共签到 ${formatNumber(total)} 人；最多的一分钟是 ${busiest.label}，${formatNumber(busiest.arrivals)} 人；` +
    `最后一分钟（${latest?.label ?? ""}）${formatNumber(latest?.arrivals ?? 0)} 人。`
  );
}
