// Row shape of the seeker's fairs (sql/my-fairs-list.sql.ts) against a real database.
import { describe, expect, it } from "vitest";
import { queryRows } from "../../../lib/sql-statement.ts";
import { createFair, createSeeker } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { MY_FAIRS_LIST } from "./my-fairs-list.sql.ts";

const database = useTestDatabase();

describe("me statements", () => {
  it("lists the fairs a seeker was checked in at", async () => {
    const { db } = database;
    const fair = await createFair(db);
    const seeker = await createSeeker(db, testFieldCrypto());
    await db.checkIn.create({ data: { fairId: fair.id, seekerId: seeker.id, clientRequestId: "shape" } });
    const [row] = expectRowShape(MY_FAIRS_LIST, await queryRows(db, MY_FAIRS_LIST, seeker.id));
    expect(row).toMatchObject({ fairId: fair.id, status: fair.status });
  });
});
