// Row shapes of the check-in statements (sql/*.sql.ts), run as the repository runs them: the
// desk's on the pool as named prepared statements, the timeline's through Prisma.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { sqlPool } from "../../../lib/prisma.ts";
import { queryPrepared, queryRows } from "../../../lib/sql-statement.ts";
import { createFair, createSeeker, createUser } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { CHECK_IN_ANNOUNCEMENTS_CLAIM } from "./check-in-announcements-claim.sql.ts";
import { CHECK_IN_ANNOUNCEMENTS_DONE } from "./check-in-announcements-done.sql.ts";
import { CHECK_IN_FIND_EXISTING } from "./check-in-find-existing.sql.ts";
import { CHECK_IN_INSERT } from "./check-in-insert.sql.ts";
import { CHECK_IN_TIMELINE_BUCKETS } from "./check-in-timeline-buckets.sql.ts";
import { CHECK_IN_TIMELINE_TOTALS } from "./check-in-timeline-totals.sql.ts";
import { CHECK_INS_COUNT } from "./check-ins-count.sql.ts";

const database = useTestDatabase();

describe("check-in statements", () => {
  it("inserts once, finds the winner, counts, and reads the timeline", async () => {
    const { db } = database;
    const pool = sqlPool(db);
    const fair = await createFair(db, { status: "OPEN" });
    const seeker = await createSeeker(db, testFieldCrypto());
    const clerk = await createUser(db, { role: "STAFF" });
    const requestId = crypto.randomUUID();
    const at = new Date();

    const [created] = expectRowShape(
      CHECK_IN_INSERT,
      await queryPrepared(pool, CHECK_IN_INSERT, fair.id, seeker.id, requestId, at, clerk.id, null, null, null, 60_000),
    );
    expect(created).toMatchObject({ fairStatus: "OPEN", seekerExists: true });
    expect(created!.id).not.toBeNull();
    const [repeated] = expectRowShape(
      CHECK_IN_INSERT,
      await queryPrepared(pool, CHECK_IN_INSERT, fair.id, seeker.id, requestId, at, clerk.id, null, null, null, 60_000),
    );
    expect(repeated).toEqual({ fairStatus: "OPEN", seekerExists: true, id: null, at: null });

    const [existing] = expectRowShape(CHECK_IN_FIND_EXISTING, await queryPrepared(pool, CHECK_IN_FIND_EXISTING, fair.id, requestId, null));
    expect(existing).toMatchObject({ id: created!.id, fairId: fair.id, seekerId: seeker.id });
    const [count] = expectRowShape(CHECK_INS_COUNT, await queryPrepared(pool, CHECK_INS_COUNT, fair.id));
    expect(count!.n).toBe(1);

    const [bucket] = expectRowShape(CHECK_IN_TIMELINE_BUCKETS, await queryRows(db, CHECK_IN_TIMELINE_BUCKETS, fair.id, null));
    expect(bucket!.arrivals).toBe(1);
    expectRowShape(CHECK_IN_TIMELINE_BUCKETS, await queryRows(db, CHECK_IN_TIMELINE_BUCKETS, fair.id, new Date(at.getTime() - 60_000)));
    const [totals] = expectRowShape(CHECK_IN_TIMELINE_TOTALS, await queryRows(db, CHECK_IN_TIMELINE_TOTALS, fair.id));
    expect(totals).toMatchObject({ checkIns: 1, intents: 0, seekersWithIntent: 0 });
  });

  it("notes each new check-in's announcement; an overdue one is claimed once, a done one never", async () => {
    const { db } = database;
    const pool = sqlPool(db);
    const fair = await createFair(db, { status: "OPEN" });
    const clerk = await createUser(db, { role: "STAFF" });
    const insert = async (announceWithinMs: number) => {
      const seeker = await createSeeker(db, testFieldCrypto());
      const args = [fair.id, seeker.id, crypto.randomUUID(), new Date(), clerk.id, null, null, null, announceWithinMs] as const;
      const [row] = await queryPrepared(pool, CHECK_IN_INSERT, ...args);
      return row!.id!;
    };
    const announcedInTime = await insert(-1_000);
    const lost = await insert(-1_000);
    const notYetDue = await insert(60_000);
    expect(await queryPrepared(pool, CHECK_IN_ANNOUNCEMENTS_DONE, [announcedInTime])).toEqual([]);

    const claimed = expectRowShape(CHECK_IN_ANNOUNCEMENTS_CLAIM, await queryPrepared(pool, CHECK_IN_ANNOUNCEMENTS_CLAIM, 10));
    expect(claimed.map((r) => r.id)).toEqual([lost]);
    expect(claimed[0]).toMatchObject({ fairId: fair.id });
    expect(await queryPrepared(pool, CHECK_IN_ANNOUNCEMENTS_CLAIM, 10)).toEqual([]);
    const left = await db.checkInAnnouncement.findMany({ where: { fairId: fair.id }, select: { checkInId: true } });
    expect(left.map((r) => r.checkInId)).toEqual([notYetDue]);
  });
});
