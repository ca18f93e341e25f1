// Row shape of a delivery failure's record (sql/notification-failure-record.sql.ts) against a real database.
import { describe, expect, it } from "vitest";
import { queryRows } from "../../../lib/sql-statement.ts";
import { createSeeker } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { NOTIFICATION_FAILURE_RECORD } from "./notification-failure-record.sql.ts";

const database = useTestDatabase();

describe("notification statements", () => {
  it("counts a failed try, then gives up at the maximum", async () => {
    const { db } = database;
    const seeker = await createSeeker(db, testFieldCrypto());
    const { id } = await db.notification.create({
      data: { kind: "FOLLOWUP_REMINDER", seekerId: seeker.id, phoneMasked: seeker.phoneMasked, text: "回访提醒" },
    });
    const first = expectRowShape(NOTIFICATION_FAILURE_RECORD, await queryRows(db, NOTIFICATION_FAILURE_RECORD, id, "timeout", "dev", 2));
    expect(first).toEqual([{ status: "PENDING" }]);
    const second = expectRowShape(NOTIFICATION_FAILURE_RECORD, await queryRows(db, NOTIFICATION_FAILURE_RECORD, id, "timeout", "dev", 2));
    expect(second).toEqual([{ status: "FAILED" }]);
    expect(await queryRows(db, NOTIFICATION_FAILURE_RECORD, id, "timeout", "dev", 2)).toEqual([]);
  });
});
