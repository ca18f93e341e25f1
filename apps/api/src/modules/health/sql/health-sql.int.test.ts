// Row shape of the database probe (sql/database-ping.sql.ts) against a real database.
import { describe, it } from "vitest";
import { queryRows } from "../../../lib/sql-statement.ts";
import { expectRowShape } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { DATABASE_PING } from "./database-ping.sql.ts";

const database = useTestDatabase();

describe("health statements", () => {
  it("pings the database", async () => {
    expectRowShape(DATABASE_PING, await queryRows(database.db, DATABASE_PING));
  });
});
