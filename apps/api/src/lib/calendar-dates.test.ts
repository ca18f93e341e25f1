import { describe, expect, it } from "vitest";
import { computeAge, formatDbDate, toDbDate } from "./calendar-dates.ts";

// Today's date in China and the date arithmetic are tested where they live, in the contracts.
describe("calendar dates", () => {
  it("counts completed years of age", () => {
    expect(computeAge("1990-05-20", "2026-05-19")).toBe(35);
    expect(computeAge("1990-05-20", "2026-05-20")).toBe(36);
  });

  it("round-trips a date through Prisma's @db.Date value", () => {
    expect(toDbDate("2026-05-20").toISOString()).toBe("2026-05-20T00:00:00.000Z");
    expect(formatDbDate(toDbDate("2028-02-29"))).toBe("2028-02-29");
  });
});
