// Row shapes of the rate-limit statements (sql/*.sql.ts) against a real database.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { expectRowShape } from "../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../testing/test-database.ts";
import { executeStatement, queryRows } from "../sql-statement.ts";
import { RATE_LIMIT_CLEAR } from "./rate-limit-clear.sql.ts";
import { RATE_LIMIT_HIT } from "./rate-limit-hit.sql.ts";
import { RATE_LIMIT_PEEK } from "./rate-limit-peek.sql.ts";

const database = useTestDatabase();

describe("rate-limit statements", () => {
  it("counts hits in a window, peeks, and clears", async () => {
    const { db } = database;
    const key = `shape:${crypto.randomBytes(4).toString("hex")}`;
    expectRowShape(RATE_LIMIT_HIT, await queryRows(db, RATE_LIMIT_HIT, key, 60));
    const [second] = expectRowShape(RATE_LIMIT_HIT, await queryRows(db, RATE_LIMIT_HIT, key, 60));
    expect(second!.count).toBe(2);
    const [peeked] = expectRowShape(RATE_LIMIT_PEEK, await queryRows(db, RATE_LIMIT_PEEK, key));
    expect(peeked).toEqual(second);
    expect(await executeStatement(db, RATE_LIMIT_CLEAR, key)).toBe(1);
    expect(await queryRows(db, RATE_LIMIT_PEEK, key)).toEqual([]);
  });
});
