// Calendar dates as `YYYY-MM-DD` strings. "Today" and the date arithmetic are the contracts'
// (one implementation for the API, the web app and the demo data); what is added here is the
// bridge to Prisma's `@db.Date` values and the age of a person on a day.
export { addDays, addMonths, daysBetween, toChinaDate } from "@xiezuo/contracts";

/** A `@db.Date` value from Prisma (UTC midnight) as `YYYY-MM-DD`. */
export function formatDbDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` as the Date Prisma stores in a `@db.Date` column. */
export function toDbDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Completed years of age on `today` for someone born on `birthDate`. */
export function computeAge(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}
