// Row shapes of the transfer statements (sql/*.sql.ts), run as the repository runs them: on the
// pool as named prepared statements.
import { describe, expect, it } from "vitest";
import { sqlPool } from "../../../lib/prisma.ts";
import { regionScopeValues } from "../../../lib/scope.ts";
import { queryPrepared } from "../../../lib/sql-statement.ts";
import { createOrganisation, createSeeker } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { createTransferRow } from "../testing/transfer-rows.ts";
import { TRANSFER_BOARDING } from "./transfer-boarding.sql.ts";
import { TRANSFER_BOARDING_OUTCOME } from "./transfer-boarding-outcome.sql.ts";
import { TRANSFER_COUNTS } from "./transfer-counts.sql.ts";
import { TRANSFER_MEMBERS_INSERT } from "./transfer-members-insert.sql.ts";

const database = useTestDatabase();

describe("transfer statements", () => {
  it("lists once, boards once, answers a replay and counts by state", async () => {
    const { db } = database;
    const pool = sqlPool(db);
    const guzhang = await createOrganisation(db, "433126");
    const transfer = await createTransferRow(db, { organisationId: guzhang.id });
    const [a, b] = [await createSeeker(db, testFieldCrypto()), await createSeeker(db, testFieldCrypto())];
    const platform = regionScopeValues({ platform: true });
    const at = new Date();

    const [listed] = expectRowShape(TRANSFER_MEMBERS_INSERT, await queryPrepared(pool, TRANSFER_MEMBERS_INSERT, transfer.id, [a.id, b.id]));
    expect(listed!.planned).toBe(true);
    expect(listed!.added.sort()).toEqual([a.id, b.id].sort());
    const [again] = expectRowShape(TRANSFER_MEMBERS_INSERT, await queryPrepared(pool, TRANSFER_MEMBERS_INSERT, transfer.id, [a.id]));
    expect(again).toEqual({ planned: true, added: [] });

    const [boarded] = expectRowShape(
      TRANSFER_BOARDING,
      await queryPrepared(pool, TRANSFER_BOARDING, transfer.id, a.id, "desk-1-0001", at, ...platform),
    );
    expect(boarded).toEqual({ transferStatus: "PLANNED", boarded: true });
    const [replayed] = expectRowShape(
      TRANSFER_BOARDING,
      await queryPrepared(pool, TRANSFER_BOARDING, transfer.id, a.id, "desk-1-0001", at, ...platform),
    );
    expect(replayed).toEqual({ transferStatus: "PLANNED", boarded: false });
    // Another county's scope (凤凰 433123) does not run Guzhang's transfer.
    const [hidden] = expectRowShape(
      TRANSFER_BOARDING,
      await queryPrepared(pool, TRANSFER_BOARDING, transfer.id, b.id, "desk-2-0001", at, "433123", "433124"),
    );
    expect(hidden).toEqual({ transferStatus: null, boarded: false });

    const [outcome] = expectRowShape(
      TRANSFER_BOARDING_OUTCOME,
      await queryPrepared(pool, TRANSFER_BOARDING_OUTCOME, transfer.id, "desk-1-0001", a.id),
    );
    expect(outcome).toEqual({ replayOf: a.id, replayState: "BOARDED", memberState: "BOARDED" });
    const [stranger] = expectRowShape(
      TRANSFER_BOARDING_OUTCOME,
      await queryPrepared(pool, TRANSFER_BOARDING_OUTCOME, transfer.id, "desk-3-0001", null),
    );
    expect(stranger).toEqual({ replayOf: null, replayState: null, memberState: null });

    const [counts] = expectRowShape(TRANSFER_COUNTS, await queryPrepared(pool, TRANSFER_COUNTS, [transfer.id]));
    expect(counts).toEqual({ transferId: transfer.id, listed: 1, boarded: 1, arrived: 0, noShow: 0, exceptions: 0 });
  });
});
