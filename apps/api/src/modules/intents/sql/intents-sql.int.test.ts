// Row shapes of the intent statements (sql/*.sql.ts), run in a transaction as the repository runs them.
import { describe, expect, it } from "vitest";
import { queryRows } from "../../../lib/sql-statement.ts";
import { createEmployer, createFair, createPosition, createSeeker, createUser } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { FAIR_POSITION_LINK_FIND } from "./fair-position-link-find.sql.ts";
import { FAIR_STATUS_FOR_SHARE } from "./fair-status-for-share.sql.ts";
import { INTENT_FIND_BY_PAIR } from "./intent-find-by-pair.sql.ts";
import { INTENT_INSERT } from "./intent-insert.sql.ts";
import { INTENT_SEEKERS_COUNT } from "./intent-seekers-count.sql.ts";
import { POSITION_STATUS_FOR_SHARE } from "./position-status-for-share.sql.ts";

const database = useTestDatabase();

describe("intent statements", () => {
  it("checks the fair and position, inserts once, finds the pair, and counts seekers", async () => {
    const { db } = database;
    const fair = await createFair(db, { status: "OPEN" });
    const employer = await createEmployer(db);
    const position = await createPosition(db, employer.id, { fairIds: [fair.id] });
    const seeker = await createSeeker(db, testFieldCrypto());
    const clerk = await createUser(db, { role: "STAFF" });

    const inserted = await db.$transaction(async (tx) => {
      expect(expectRowShape(FAIR_STATUS_FOR_SHARE, await queryRows(tx, FAIR_STATUS_FOR_SHARE, fair.id))).toEqual([{ status: "OPEN" }]);
      expectRowShape(FAIR_POSITION_LINK_FIND, await queryRows(tx, FAIR_POSITION_LINK_FIND, fair.id, position.id));
      expect(expectRowShape(POSITION_STATUS_FOR_SHARE, await queryRows(tx, POSITION_STATUS_FOR_SHARE, position.id))).toEqual([
        { status: "OPEN" },
      ]);
      return queryRows(tx, INTENT_INSERT, seeker.id, position.id, fair.id, clerk.id);
    });
    const [created] = expectRowShape(INTENT_INSERT, inserted);
    expect(await queryRows(db, INTENT_INSERT, seeker.id, position.id, null, clerk.id)).toEqual([]);
    expect(expectRowShape(INTENT_FIND_BY_PAIR, await queryRows(db, INTENT_FIND_BY_PAIR, seeker.id, position.id))).toEqual([created]);
    expect(expectRowShape(INTENT_SEEKERS_COUNT, await queryRows(db, INTENT_SEEKERS_COUNT, fair.id))).toEqual([{ n: 1 }]);
  });
});
