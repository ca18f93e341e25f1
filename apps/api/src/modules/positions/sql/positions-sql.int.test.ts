// Row shape of the public position page's statement (sql/position-view-find.sql.ts), run as
// the repository runs it, and equal to what Prisma reads for POSITION_VIEW.
import { describe, expect, it } from "vitest";
import { sqlPool } from "../../../lib/prisma.ts";
import { queryPrepared } from "../../../lib/sql-statement.ts";
import { createEmployer, createFair, createPosition } from "../../../testing/factories.ts";
import { expectRowShape } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { POSITION_VIEW } from "../positions.repository.ts";
import { POSITION_VIEW_FIND } from "./position-view-find.sql.ts";

const database = useTestDatabase();

describe("position statements", () => {
  it("reads a position with its employer and fairs, as Prisma does", async () => {
    const { db } = database;
    const employer = await createEmployer(db);
    const fair = await createFair(db);
    const position = await createPosition(db, employer.id, { fairIds: [fair.id] });
    const [row] = expectRowShape(POSITION_VIEW_FIND, await queryPrepared(sqlPool(db), POSITION_VIEW_FIND, position.id));
    expect(row).toEqual(await db.position.findUnique({ where: { id: position.id }, select: POSITION_VIEW }));
  });
});
