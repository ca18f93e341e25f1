/** All dates are shown in China Standard Time, whatever the device's own time zone. */
export const TIME_ZONE = "Asia/Shanghai";
const LOCALE = "zh-CN";

const numberFormat = new Intl.NumberFormat(LOCALE);
const percentFormat = new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 1 });
const dayFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "long",
  day: "numeric",
});
const weekdayFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, weekday: "short" });
const timeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const dayKeyFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** 6345 → "6,345". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 290 of 900 → "32.2%"; nothing to divide by → "—". */
export function formatPercent(part: number, whole: number): string {
  const rate = getRate(part, whole);
  return rate === null ? "—" : percentFormat.format(rate);
}

/** part / whole, or null when whole is not positive. */
export function getRate(part: number, whole: number): number | null {
  if (!(whole > 0)) return null;
  return part / whole;
}

/** "2017年5月20日（周六）" in Beijing time. */
export function formatDay(instant: string | Date): string {
  const date = new Date(instant);
  return `${dayFormat.format(date)}（${weekdayFormat.format(date)}）`;
}

const shortDateFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, year: "numeric", month: "numeric", day: "numeric" });

/** "2017/5/19" in Beijing time: compact enough for a table column. */
export function formatShortDate(instant: string | Date): string {
  return shortDateFormat.format(new Date(instant));
}

/** "09:00" in Beijing time. */
export function formatTime(instant: string | Date): string {
  return timeFormat.format(new Date(instant));
}

/**
 * A fair's time span in Beijing time:
 * same day → "2017年5月20日（周六）09:00–16:00",
 * several days → "2017年5月20日（周六）09:00 至 2017年5月21日（周日）16:00".
 */
export function formatDateRange(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (dayKeyFormat.format(start) === dayKeyFormat.format(end)) {
    return `${formatDay(start)}${formatTime(start)}–${formatTime(end)}`;
  }
  return `${formatDay(start)}${formatTime(start)} 至 ${formatDay(end)}${formatTime(end)}`;
}
