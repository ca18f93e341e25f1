// Row shapes of the subsidy statements (sql/*.sql.ts), run as the repository runs them: through Prisma.
import { describe, expect, it } from "vitest";
import { queryRows } from "../../../lib/sql-statement.ts";
import { createEmployer, createHousehold, createOrganisation, createSeeker } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { createWorkedPlacement } from "../testing/subsidy-rows.ts";
import { SUBSIDY_CANDIDATES, SUBSIDY_RULE_LOCK } from "./subsidy-candidates.sql.ts";

const database = useTestDatabase();

describe("subsidy statements", () => {
  it("lists candidate placements with their follow-ups and takes the rule's lock", async () => {
    const { db } = database;
    const organisation = await createOrganisation(db, "433126");
    const household = await createHousehold(db, { povertyStatus: "REGISTERED_POOR" });
    const seeker = await createSeeker(db, testFieldCrypto(), { householdId: household.id });
    const employer = await createEmployer(db);
    await createWorkedPlacement(db, {
      seekerId: seeker.id,
      employerId: employer.id,
      startedOn: "2026-03-01",
      workRegionCode: "370102",
      months: 4,
    });

    const rows = expectRowShape(
      SUBSIDY_CANDIDATES,
      await queryRows(db, SUBSIDY_CANDIDATES, "433126", "433127", ["REGISTERED_POOR"], 2026, "2026-06-15", true),
    );
    expect(rows[0]).toMatchObject({ seekerId: seeker.id, startedOn: "2026-03-01", workRegionCode: "370102" });
    expect(rows[0]!.followUps.map((f) => f.checkedOn)).toEqual(["2026-04-01", "2026-05-01", "2026-06-01"]);

    const locked = await db.$transaction((tx) => queryRows(tx, SUBSIDY_RULE_LOCK, organisation.id));
    expectRowShape(SUBSIDY_RULE_LOCK, locked);
  });
});
