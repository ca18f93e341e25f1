import { describe, expect, it } from "vitest";
import { addDays, addMonths, computeAge, daysBetween, toChinaDate } from "./calendar-dates.ts";

describe("calendar dates", () => {
  it("takes today's date in China, not the server's time zone", () => {
    expect(toChinaDate(new Date("2026-05-19T16:00:00Z"))).toBe("2026-05-20");
    expect(toChinaDate(new Date("2026-05-19T15:59:59Z"))).toBe("2026-05-19");
  });

  it("adds months with month-end clamping and across years", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(addMonths("2026-05-20", 3)).toBe("2026-08-20");
  });

  it("counts days and ages", () => {
    expect(daysBetween("2026-05-20", "2026-08-20")).toBe(92);
    expect(daysBetween("2026-08-20", "2026-05-20")).toBe(-92);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(computeAge("1990-05-20", "2026-05-19")).toBe(35);
    expect(computeAge("1990-05-20", "2026-05-20")).toBe(36);
  });
});
