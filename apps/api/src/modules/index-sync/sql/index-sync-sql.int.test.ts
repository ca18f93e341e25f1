// Row shapes of the index lease statements (sql/*.sql.ts) against a real database.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { executeStatement, queryRows } from "../../../lib/sql-statement.ts";
import { expectRowShape } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { INDEX_BUILD_ACQUIRE } from "./index-build-acquire.sql.ts";
import { INDEX_BUILD_RELEASE } from "./index-build-release.sql.ts";
import { INDEX_BUILD_RENEW } from "./index-build-renew.sql.ts";
import { INDEX_BUILDS_ANY_INCOMPLETE } from "./index-builds-any-incomplete.sql.ts";

const database = useTestDatabase();

describe("index lease statements", () => {
  it("acquires, refuses another holder, renews, tells incomplete, and releases", async () => {
    const { db } = database;
    const indexUid = `shape-${crypto.randomBytes(4).toString("hex")}`;
    const [acquired] = expectRowShape(INDEX_BUILD_ACQUIRE, await queryRows(db, INDEX_BUILD_ACQUIRE, indexUid, "a", true, 60_000));
    expect(acquired!.indexUid).toBe(indexUid);
    expect(await queryRows(db, INDEX_BUILD_ACQUIRE, indexUid, "b", false, 60_000)).toEqual([]);
    expect(await executeStatement(db, INDEX_BUILD_RENEW, indexUid, "a", 60_000)).toBe(1);
    const [busy] = expectRowShape(INDEX_BUILDS_ANY_INCOMPLETE, await queryRows(db, INDEX_BUILDS_ANY_INCOMPLETE, [indexUid]));
    expect(busy!.busy).toBe(true);
    expect(await executeStatement(db, INDEX_BUILD_RELEASE, indexUid, "a")).toBe(1);
    expect(await queryRows(db, INDEX_BUILDS_ANY_INCOMPLETE, [indexUid])).toEqual([{ busy: false }]);
  });
});
