// Calendar dates (YYYY-MM-DD) as people in China count them, whatever the device's time zone.
const dayKey = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

export function getChinaToday(now: Date = new Date()): string {
  return dayKey.format(now);
}

export function countDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "2026-05-20" → "2026年5月20日". */
export function formatDateOnly(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}
