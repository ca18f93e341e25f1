// Calendar dates (YYYY-MM-DD) in words. Today's date in China and the day arithmetic are the
// contracts' (toChinaDate, daysBetween), shared with the API.

/** "2026-05-20" → "2026年5月20日". */
export function formatDateOnly(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}
