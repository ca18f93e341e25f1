// Row shape of the session lookup (sql/session-find.sql.ts), run as the repository runs it:
// a named prepared statement on the pool under Prisma.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { sqlPool } from "../../../lib/prisma.ts";
import { queryPrepared } from "../../../lib/sql-statement.ts";
import { createUser } from "../../../testing/factories.ts";
import { expectRowShape } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { SESSION_FIND } from "./session-find.sql.ts";

const database = useTestDatabase();

describe("auth statements", () => {
  it("finds a session with its user", async () => {
    const user = await createUser(database.db, { role: "STAFF" });
    const id = crypto.randomBytes(16).toString("hex");
    await database.db.session.create({ data: { id, userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });
    const [row] = expectRowShape(SESSION_FIND, await queryPrepared(sqlPool(database.db), SESSION_FIND, id));
    expect(row).toMatchObject({ id, userId: user.id, role: "STAFF", revokedAt: null });
    expect(await queryPrepared(sqlPool(database.db), SESSION_FIND, "no-such-session")).toEqual([]);
  });
});
