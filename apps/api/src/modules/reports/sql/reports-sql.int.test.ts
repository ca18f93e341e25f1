// Row shapes of the report statements (sql/*.sql.ts) against a real database, with and
// without the household filter's conditions.
import { describe, expect, it } from "vitest";
import { queryRows } from "../../../lib/sql-statement.ts";
import {
  createEmployer,
  createFair,
  createHousehold,
  createPosition,
  createSeeker,
  createUser,
  joinFair,
} from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { COVERAGE_BY_VILLAGE } from "./coverage-by-village.sql.ts";
import { FAIR_EMPLOYER_REPORT } from "./fair-employer-report.sql.ts";
import { FAIR_FUNNEL } from "./fair-funnel.sql.ts";
import { householdFilterValues } from "./household-filter.ts";
import { ZERO_EMPLOYMENT_COUNT } from "./zero-employment-count.sql.ts";
import { ZERO_EMPLOYMENT_HOUSEHOLDS } from "./zero-employment-households.sql.ts";

const database = useTestDatabase();

describe("report statements", () => {
  it("counts coverage per village and lists zero-employment households", async () => {
    const { db } = database;
    const household = await createHousehold(db, { regionCode: "433126", township: "古阳镇", village: "白溪关村", labourCapableMembers: 2 });
    await createSeeker(db, testFieldCrypto(), { householdId: household.id });
    const none = householdFilterValues({});
    const narrow = householdFilterValues({
      regionCode: "430000",
      township: "古阳镇",
      village: "白溪关村",
      povertyStatus: ["REGISTERED_POOR"],
    });

    for (const filter of [none, narrow]) {
      const [village] = expectRowShape(COVERAGE_BY_VILLAGE, await queryRows(db, COVERAGE_BY_VILLAGE, ...filter));
      expect(village).toEqual({
        regionCode: "433126",
        township: "古阳镇",
        village: "白溪关村",
        households: 1,
        labourHouseholds: 1,
        placedHouseholds: 0,
        stableHouseholds: 0,
      });
      const [listed] = expectRowShape(ZERO_EMPLOYMENT_HOUSEHOLDS, await queryRows(db, ZERO_EMPLOYMENT_HOUSEHOLDS, ...filter, 10, 0));
      expect(listed).toMatchObject({ householdId: household.id, registeredMembers: 1, membersWithIntent: 0, endedPlacements: 0, total: 1 });
      expectRowShape(ZERO_EMPLOYMENT_HOUSEHOLDS, await queryRows(db, ZERO_EMPLOYMENT_HOUSEHOLDS, ...filter, null, null));
      expect(expectRowShape(ZERO_EMPLOYMENT_COUNT, await queryRows(db, ZERO_EMPLOYMENT_COUNT, ...filter))).toEqual([{ n: 1 }]);
    }
    const elsewhere = householdFilterValues({ regionCode: "370102" });
    expect(await queryRows(db, COVERAGE_BY_VILLAGE, ...elsewhere)).toEqual([]);
  });

  it("reads a fair's funnel and its employer rows", async () => {
    const { db } = database;
    const fair = await createFair(db);
    const employer = await createEmployer(db);
    await joinFair(db, fair.id, employer.id, "B2");
    const position = await createPosition(db, employer.id, { fairIds: [fair.id], openings: 4 });
    const seeker = await createSeeker(db, testFieldCrypto());
    const clerk = await createUser(db, { role: "STAFF" });
    await db.intent.create({
      data: { seekerId: seeker.id, positionId: position.id, fairId: fair.id, status: "HIRED", createdById: clerk.id },
    });

    const funnel = expectRowShape(FAIR_FUNNEL, await queryRows(db, FAIR_FUNNEL, fair.id));
    expect(funnel).toEqual([{ checkedIn: 0, withIntent: 1, hired: 1, onTheJob: 0, stable: 0 }]);
    const [row] = expectRowShape(FAIR_EMPLOYER_REPORT, await queryRows(db, FAIR_EMPLOYER_REPORT, fair.id));
    expect(row).toMatchObject({
      employerId: employer.id,
      booth: "B2",
      positions: 1,
      openings: 4,
      intents: 1,
      seekersWithIntent: 1,
      hired: 1,
    });
  });
});
