// Row shapes of the household statements (sql/*.sql.ts), run as the repository runs them:
// the import's on a pg client in its own transaction, the progress rows through Prisma.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { sqlPool } from "../../../lib/prisma.ts";
import { executeStatement, queryOnClient } from "../../../lib/sql-statement.ts";
import { createHousehold, createSeeker, createUser } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { HOUSEHOLD_IMPORT_AUDIT } from "./household-import-audit.sql.ts";
import { HOUSEHOLDS_UPSERT_CHUNK } from "./households-upsert-chunk.sql.ts";
import { IMPORT_PROGRESS_PRUNE } from "./import-progress-prune.sql.ts";
import { IMPORT_PROGRESS_START } from "./import-progress-start.sql.ts";

const database = useTestDatabase();

describe("household statements", () => {
  it("upserts a chunk (inserted, updated, members to reindex) and writes the audit entry", async () => {
    const { db } = database;
    const known = await createHousehold(db, { povertyStatus: "REGISTERED_POOR" });
    const member = await createSeeker(db, testFieldCrypto(), { householdId: known.id });
    const actor = await createUser(db, { role: "ADMIN" });
    const fresh = `4331269${crypto.randomBytes(4).toString("hex")}`;
    const client = await sqlPool(db).connect();
    try {
      const rows = await queryOnClient(
        client,
        HOUSEHOLDS_UPSERT_CHUNK,
        [known.code, fresh],
        [known.regionCode, "433126"],
        [known.township, "古阳镇"],
        [known.village, "白溪关村"],
        ["LIFTED", "MONITORED"],
        [known.labourCapableMembers, 1],
      );
      const [counts] = expectRowShape(HOUSEHOLDS_UPSERT_CHUNK, rows);
      expect(counts).toEqual({ imported: 1, updated: 1, reindexIds: [member.id] });
      await queryOnClient(client, HOUSEHOLD_IMPORT_AUDIT, actor.id, null, JSON.stringify({ rows: 2 }));
    } finally {
      client.release();
    }
    expect(await db.auditLog.count({ where: { action: "households.import", actorUserId: actor.id } })).toBe(1);
  });

  it("starts an import's progress once and prunes old ones", async () => {
    const { db } = database;
    const actor = await createUser(db, { role: "ADMIN" });
    const id = crypto.randomUUID();
    expect(await executeStatement(db, IMPORT_PROGRESS_START, id, actor.id)).toBe(1);
    expect(await executeStatement(db, IMPORT_PROGRESS_START, id, actor.id)).toBe(0);
    expect(await executeStatement(db, IMPORT_PROGRESS_PRUNE, 7)).toBe(0);
    expect(await executeStatement(db, IMPORT_PROGRESS_PRUNE, -1)).toBe(1);
  });
});
