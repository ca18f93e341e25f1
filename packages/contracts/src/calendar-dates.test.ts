import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, toChinaDate } from "./calendar-dates.ts";

const shanghaiDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
// 1992 onwards: China last observed daylight saving in 1991.
const instantArb = fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(ms));
const dateArb = instantArb.map((instant) => instant.toISOString().slice(0, 10));

describe("toChinaDate", () => {
  it("takes the date in China, not the date of the machine's time zone", () => {
    expect(toChinaDate(new Date("2026-05-19T16:00:00Z"))).toBe("2026-05-20");
    expect(toChinaDate(new Date("2026-05-19T15:59:59.999Z"))).toBe("2026-05-19");
    expect(toChinaDate(new Date("2026-12-31T16:30:00Z"))).toBe("2027-01-01");
  });

  it("agrees with the Asia/Shanghai calendar of the time-zone database", () => {
    fc.assert(fc.property(instantArb, (instant) => toChinaDate(instant) === shanghaiDay.format(instant)));
  });
});

describe("date arithmetic", () => {
  it("adds days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("counts days both ways", () => {
    expect(daysBetween("2026-05-20", "2026-08-20")).toBe(92);
    expect(daysBetween("2026-08-20", "2026-05-20")).toBe(-92);
    fc.assert(fc.property(dateArb, fc.integer({ min: -2_000, max: 2_000 }), (date, n) => daysBetween(date, addDays(date, n)) === n));
  });

  it("adds months with month-end clamping and across years", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(addMonths("2026-05-20", 3)).toBe("2026-08-20");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
  });
});
