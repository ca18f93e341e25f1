// Row shapes of the placement statements (sql/*.sql.ts), run as the repository runs them.
import { describe, expect, it } from "vitest";
import { toDbDate } from "../../../lib/calendar-dates.ts";
import { queryRows } from "../../../lib/sql-statement.ts";
import { createEmployer, createPosition, createSeeker, createUser } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { DUE_FOLLOW_UPS_COUNT } from "./due-follow-ups-count.sql.ts";
import { DUE_FOLLOW_UPS_PAGE } from "./due-follow-ups-page.sql.ts";
import { OPEN_INTENTS_HIRE } from "./open-intents-hire.sql.ts";
import { PLACEMENT_ROW_LOCK } from "./placement-row-lock.sql.ts";
import { SEEKER_ROW_LOCK } from "./seeker-row-lock.sql.ts";

const database = useTestDatabase();

describe("placement statements", () => {
  it("locks rows, hires the open intent, and lists the follow-ups due", async () => {
    const { db } = database;
    const employer = await createEmployer(db);
    const position = await createPosition(db, employer.id);
    const seeker = await createSeeker(db, testFieldCrypto());
    const clerk = await createUser(db, { role: "STAFF" });
    const intent = await db.intent.create({ data: { seekerId: seeker.id, positionId: position.id, createdById: clerk.id } });
    const placement = await db.placement.create({
      data: {
        seekerId: seeker.id,
        employerId: employer.id,
        positionId: position.id,
        startedOn: toDbDate("2026-01-05"),
        monthlyWage: 5000,
        workCity: "济南",
        workRegionCode: "370102",
        channel: "FAIR",
      },
    });
    await db.followUp.create({ data: { placementId: placement.id, checkedOn: toDbDate("2026-02-05"), employed: true } });

    await db.$transaction(async (tx) => {
      expect(expectRowShape(SEEKER_ROW_LOCK, await queryRows(tx, SEEKER_ROW_LOCK, seeker.id))).toEqual([{ id: seeker.id }]);
      expect(expectRowShape(PLACEMENT_ROW_LOCK, await queryRows(tx, PLACEMENT_ROW_LOCK, placement.id))).toEqual([{ id: placement.id }]);
      const hired = expectRowShape(OPEN_INTENTS_HIRE, await queryRows(tx, OPEN_INTENTS_HIRE, seeker.id, position.id));
      expect(hired).toEqual([{ id: intent.id }]);
    });

    const until = toDbDate("2099-12-31");
    const [due] = expectRowShape(DUE_FOLLOW_UPS_PAGE, await queryRows(db, DUE_FOLLOW_UPS_PAGE, until, 10, 0, null, null));
    expect(due).toEqual({
      id: placement.id,
      lastCheckedOn: toDbDate("2026-02-05"),
      followUpCount: 1,
      dueOn: toDbDate("2026-03-07"),
      total: 1,
    });
    expect(expectRowShape(DUE_FOLLOW_UPS_COUNT, await queryRows(db, DUE_FOLLOW_UPS_COUNT, until, null, null))).toEqual([{ n: 1 }]);
  });
});
