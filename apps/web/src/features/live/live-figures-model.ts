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
 * A check-in event carries the running total, so it is applied only when it moves the
 * total forward: an event already in the last catch-up, or one overtaken by a later event,
 * changes nothing, and the bars always add up to what the totals say.
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
  const span = `最近 ${bars.length} 分钟`;
  if (total === 0) return `${span}没有人签到。`;
  const busiest = bars.reduce((best, bar) => (bar.arrivals > best.arrivals ? bar : best));
  const latest = bars[bars.length - 1];
  return (
    `${span}共签到 ${formatNumber(total)} 人；最多的一分钟是 ${busiest.label}，${formatNumber(busiest.arrivals)} 人；` +
    `当前这一分钟（${latest?.label ?? ""}）${formatNumber(latest?.arrivals ?? 0)} 人。`
  );
}
