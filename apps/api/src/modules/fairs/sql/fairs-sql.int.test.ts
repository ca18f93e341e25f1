// Row shapes of the fair statements (sql/*.sql.ts), run as the repository runs them: the
// stats on the pool as a named prepared statement, the others through Prisma.
import { describe, expect, it } from "vitest";
import { sqlPool } from "../../../lib/prisma.ts";
import { queryPrepared, queryRows } from "../../../lib/sql-statement.ts";
import { createEmployer, createFair, createHousehold, createPosition, createSeeker, createUser } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { FAIR_EMPLOYER_JOIN } from "./fair-employer-join.sql.ts";
import { FAIR_EMPLOYERS_LIST } from "./fair-employers-list.sql.ts";
import { FAIR_STATS } from "./fair-stats.sql.ts";

const database = useTestDatabase();

describe("fair statements", () => {
  it("joins an employer, lists it with its positions, and counts the fair's figures", async () => {
    const { db } = database;
    const fair = await createFair(db, { status: "OPEN" });
    const employer = await createEmployer(db);
    const position = await createPosition(db, employer.id, { fairIds: [fair.id], openings: 3 });

    const [joined] = expectRowShape(FAIR_EMPLOYER_JOIN, await queryRows(db, FAIR_EMPLOYER_JOIN, fair.id, employer.id, "A1", false));
    expect(joined!.created).toBe(true);
    const [again] = expectRowShape(FAIR_EMPLOYER_JOIN, await queryRows(db, FAIR_EMPLOYER_JOIN, fair.id, employer.id, null, true));
    expect(again!.created).toBe(false);

    const [listed] = expectRowShape(FAIR_EMPLOYERS_LIST, await queryRows(db, FAIR_EMPLOYERS_LIST, fair.id, null, 10, 0));
    expect(listed).toMatchObject({ employerId: employer.id, booth: "A1", openPositions: 1, openings: 3 });
    expectRowShape(FAIR_EMPLOYERS_LIST, await queryRows(db, FAIR_EMPLOYERS_LIST, fair.id, employer.id, 10, 0));

    const household = await createHousehold(db, { povertyStatus: "LIFTED" });
    const seeker = await createSeeker(db, testFieldCrypto(), { householdId: household.id });
    const clerk = await createUser(db, { role: "STAFF" });
    await db.intent.create({ data: { seekerId: seeker.id, positionId: position.id, fairId: fair.id, createdById: clerk.id } });
    const [stats] = expectRowShape(FAIR_STATS, await queryPrepared(sqlPool(db), FAIR_STATS, fair.id, null, null, null));
    expect(stats).toEqual({
      employers: 1,
      positions: 1,
      openings: 3,
      openingsWithFoodAndLodging: 3,
      checkIns: 0,
      intents: 1,
      byPovertyStatus: { LIFTED: 1 },
    });
  });
});
