// The household counters of migration 20261206080000_scale (workingPlacements: placements of
// its members that are ACTIVE or STABLE, stablePlacements: STABLE ones) stay equal to what the
// rows say through every kind of write: placements created one at a time and in bulk, status
// changes, a placement moved to another seeker, deletions, seekers joining, leaving and moving
// between households, and a write that changes no status.
import { describe, expect, it } from "vitest";
import type { Db } from "../apps/api/src/lib/prisma.ts";
import { createEmployer, createHousehold, createSeeker } from "../apps/api/src/testing/factories.ts";
import { testFieldCrypto } from "../apps/api/src/testing/sql-row-shapes.ts";
import { useTestDatabase } from "../apps/api/src/testing/test-database.ts";

const database = useTestDatabase();

/** Each household's counters next to the ones counted from placements and seekers. */
async function counters(db: Db, householdIds: string[]) {
  const households = await db.household.findMany({
    where: { id: { in: householdIds } },
    select: { id: true, workingPlacements: true, stablePlacements: true },
  });
  const placements = await db.placement.findMany({
    where: { seeker: { householdId: { in: householdIds } } },
    select: { status: true, seeker: { select: { householdId: true } } },
  });
  const counted = (id: string) => {
    const own = placements.filter((p) => p.seeker.householdId === id);
    return {
      id,
      workingPlacements: own.filter((p) => p.status !== "ENDED").length,
      stablePlacements: own.filter((p) => p.status === "STABLE").length,
    };
  };
  return { stored: households.sort((a, b) => a.id.localeCompare(b.id)), counted: [...householdIds].sort().map(counted) };
}

describe("household placement counters", () => {
  it("follow every write to placements and seekers", async () => {
    const { db } = database;
    const crypto = testFieldCrypto();
    const employer = await createEmployer(db);
    const a = await createHousehold(db, { regionCode: "433126" });
    const b = await createHousehold(db, { regionCode: "433126" });
    const ids = [a.id, b.id];
    const [x, y] = [await createSeeker(db, crypto, { householdId: a.id }), await createSeeker(db, crypto, { householdId: a.id })];
    const loner = await createSeeker(db, crypto);
    const place = (seekerId: string, status: "ACTIVE" | "STABLE" | "ENDED") => ({
      seekerId,
      employerId: employer.id,
      startedOn: new Date("2026-03-01T00:00:00Z"),
      monthlyWage: 5000,
      workCity: "济南",
      workRegionCode: "370102",
      channel: "LABOUR_COOPERATION" as const,
      status,
    });
    const expectInStep = async (working: [number, number]) => {
      const { stored, counted } = await counters(db, ids);
      expect(stored).toEqual(counted);
      expect(ids.map((id) => stored.find((h) => h.id === id)!.workingPlacements)).toEqual(working);
    };

    const first = await db.placement.create({ data: place(x.id, "ACTIVE") });
    await expectInStep([1, 0]);
    await db.placement.createMany({
      data: [place(x.id, "STABLE"), place(y.id, "ENDED"), place(y.id, "ACTIVE"), place(loner.id, "ACTIVE")],
    });
    await expectInStep([3, 0]);
    await db.placement.update({ where: { id: first.id }, data: { status: "STABLE" } });
    await db.placement.updateMany({ where: { seekerId: y.id }, data: { monthlyWage: 5200 } });
    await expectInStep([3, 0]);
    await db.placement.updateMany({ where: { seekerId: y.id, status: "ACTIVE" }, data: { status: "ENDED" } });
    await expectInStep([2, 0]);

    // Seekers join, move and leave, taking their placements along.
    await db.seeker.update({ where: { id: loner.id }, data: { householdId: b.id } });
    await expectInStep([2, 1]);
    await db.seeker.update({ where: { id: x.id }, data: { householdId: b.id } });
    await expectInStep([0, 3]);
    await db.seeker.updateMany({ where: { id: { in: [x.id, loner.id] } }, data: { householdId: a.id } });
    await expectInStep([3, 0]);
    await db.seeker.update({ where: { id: loner.id }, data: { householdId: null } });
    await expectInStep([2, 0]);

    // A placement handed to another seeker, then deleted.
    await db.placement.update({ where: { id: first.id }, data: { seekerId: loner.id } });
    await expectInStep([1, 0]);
    await db.seeker.update({ where: { id: loner.id }, data: { householdId: b.id } });
    await expectInStep([1, 2]);
    await db.placement.deleteMany({ where: { seekerId: { in: [x.id, loner.id] } } });
    await expectInStep([0, 0]);
  });
});
