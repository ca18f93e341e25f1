// Calendar dates as `YYYY-MM-DD` strings, counted the way people in China count them. China has
// kept UTC+8 without daylight saving since 1991, so a fixed offset gives the local day whatever
// the time zone of the server or the phone. The API, the web app and the demo data all use these.

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

function toUtcMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar date in China at `instant`: "today" there when given the current time. */
export function toChinaDate(instant: Date): string {
  return fromUtcMs(instant.getTime() + CHINA_OFFSET_MS);
}

/** `date` moved by `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/**
 * The same day of the month `months` later, clamped to the month's last day
 * (2026-01-31 + 1 month = 2026-02-28), as people count "three months from the 31st".
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(year, month, Math.min(d, lastDay)));
}
