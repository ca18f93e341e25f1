// Row shape of the early-warning statement against a real database, with its rules: an
// ended placement since the date, nobody at work now, the latest ending and the last visit.
import { describe, expect, it } from "vitest";
import type { Db } from "../../../lib/prisma.ts";
import { queryRows } from "../../../lib/sql-statement.ts";
import { createEmployer, createHousehold, createSeeker } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { DROPOUT_HOUSEHOLDS } from "./dropout-households.sql.ts";

const database = useTestDatabase();
const day = (date: string) => new Date(`${date}T00:00:00Z`);

async function place(db: Db, seekerId: string, employerId: string, status: "ACTIVE" | "ENDED", endedOn: string | null) {
  await db.placement.create({
    data: {
      seekerId,
      employerId,
      startedOn: day("2026-06-01"),
      endedOn: endedOn ? day(endedOn) : null,
      status,
      monthlyWage: 5000,
      workCity: "济南",
      workRegionCode: "370102",
      channel: "OTHER",
    },
  });
}

describe("dropout statement", () => {
  it("lists households whose last worker came home since the date, with the last visit", async () => {
    const { db } = database;
    const crypto = testFieldCrypto();
    const employer = await createEmployer(db);
    const came = await createHousehold(db, { regionCode: "433126", township: "默戎镇", village: "龙鼻村" });
    const stillWorking = await createHousehold(db, { regionCode: "433126", township: "古阳镇", village: "河西村" });
    const longAgo = await createHousehold(db, { regionCode: "433126", township: "古阳镇", village: "河西村" });
    const [first, second] = [
      await createSeeker(db, crypto, { householdId: came.id }),
      await createSeeker(db, crypto, { householdId: came.id }),
    ];
    await place(db, first.id, employer.id, "ENDED", "2026-11-20");
    await place(db, second.id, employer.id, "ENDED", "2026-11-28");
    const [left, working] = [
      await createSeeker(db, crypto, { householdId: stillWorking.id }),
      await createSeeker(db, crypto, { householdId: stillWorking.id }),
    ];
    await place(db, left.id, employer.id, "ENDED", "2026-11-25");
    await place(db, working.id, employer.id, "ACTIVE", null);
    await place(db, (await createSeeker(db, crypto, { householdId: longAgo.id })).id, employer.id, "ENDED", "2026-09-01");
    await db.householdVisit.create({ data: { householdId: came.id, visitedOn: day("2026-11-30"), note: "已走访" } });

    const rows = expectRowShape(DROPOUT_HOUSEHOLDS, await queryRows(db, DROPOUT_HOUSEHOLDS, "433126", "433127", day("2026-11-06")));
    expect(rows).toEqual([
      {
        householdId: came.id,
        householdCode: came.code,
        regionCode: "433126",
        township: "默戎镇",
        village: "龙鼻村",
        povertyStatus: came.povertyStatus,
        seekerId: second.id,
        endedOn: day("2026-11-28"),
        lastVisitedOn: day("2026-11-30"),
      },
    ]);
    expect(await queryRows(db, DROPOUT_HOUSEHOLDS, "370100", "370200", day("2026-11-06"))).toEqual([]);
    expectRowShape(DROPOUT_HOUSEHOLDS, await queryRows(db, DROPOUT_HOUSEHOLDS, null, null, day("2026-01-01")), 2);
  });
});
