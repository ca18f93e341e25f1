// Calendar dates as `YYYY-MM-DD` strings. The platform's people live in China (UTC+8, no
// daylight saving), so "today" is the date there, whatever the server's time zone.

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

function toUtcMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar date in China at `instant`. */
export function toChinaDate(instant: Date): string {
  return fromUtcMs(instant.getTime() + CHINA_OFFSET_MS);
}

/** A `@db.Date` value from Prisma (UTC midnight) as `YYYY-MM-DD`. */
export function formatDbDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` as the Date Prisma stores in a `@db.Date` column. */
export function toDbDate(date: string): Date {
  return new Date(toUtcMidnight(date));
}

export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/**
 * Same day of the month `months` later, clamped to the month's last day
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

/** Completed years of age on `today` for someone born on `birthDate`. */
export function computeAge(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}
