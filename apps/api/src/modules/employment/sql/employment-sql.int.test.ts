// Row shapes of the ledger's statements against a real database, and the counting rules of
// sql/ledger-sql.ts: each worker once per month, the highest bucket winning.
import { describe, expect, it } from "vitest";
import type { Db } from "../../../lib/prisma.ts";
import { queryRows } from "../../../lib/sql-statement.ts";
import { createEmployer, createHousehold, createSeeker } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { EMPLOYMENT_BY_TOWNSHIP } from "./employment-by-township.sql.ts";
import { EMPLOYMENT_HISTORY } from "./employment-history.sql.ts";
import { EMPLOYMENT_WORKERS } from "./employment-workers.sql.ts";

const database = useTestDatabase();
const day = (date: string) => new Date(`${date}T00:00:00Z`);
const GUZHANG: [string, string] = ["433126", "433127"];

async function place(
  db: Db,
  seekerId: string,
  employerId: string,
  workRegionCode: string,
  startedOn: string,
  endedOn: string | null = null,
) {
  await db.placement.create({
    data: {
      seekerId,
      employerId,
      startedOn: day(startedOn),
      endedOn: endedOn ? day(endedOn) : null,
      status: endedOn ? "ENDED" : "ACTIVE",
      monthlyWage: 5000,
      workCity: "某地",
      workRegionCode,
      channel: "OTHER",
    },
  });
}

describe("employment ledger statements", () => {
  it("counts each worker once for the month by the best placement that held it, by township", async () => {
    const { db } = database;
    const crypto = testFieldCrypto();
    const employer = await createEmployer(db, { name: "济南重汽" });
    const home = await createHousehold(db, { regionCode: "433126", township: "古阳镇", village: "河西村", labourCapableMembers: 3 });
    const other = await createHousehold(db, { regionCode: "433126", township: "默戎镇", village: "龙鼻村", labourCapableMembers: 1 });
    const noLabour = await createHousehold(db, { regionCode: "433126", township: "古阳镇", village: "河西村", labourCapableMembers: 0 });
    const worker = async (householdId: string) => (await createSeeker(db, crypto, { householdId })).id;
    const [away, both, near, local, gone, later, idle] = [
      await worker(home.id),
      await worker(home.id),
      await worker(home.id),
      await worker(other.id),
      await worker(other.id),
      await worker(other.id),
      await worker(other.id),
    ];
    const ignored = await worker(noLabour.id);
    await place(db, away, employer.id, "370102", "2026-01-10", "2026-11-01");
    await place(db, both, employer.id, "433126", "2026-10-01");
    await place(db, both, employer.id, "370102", "2026-11-20");
    await place(db, near, employer.id, "433101", "2026-11-30");
    await place(db, local, employer.id, "433126", "2026-06-01");
    await place(db, gone, employer.id, "370102", "2026-03-01", "2026-10-31");
    await place(db, later, employer.id, "370102", "2026-12-01");
    await place(db, ignored, employer.id, "370102", "2026-11-01");
    const november = [day("2026-11-01"), day("2026-11-30")] as const;

    const rows = expectRowShape(EMPLOYMENT_BY_TOWNSHIP, await queryRows(db, EMPLOYMENT_BY_TOWNSHIP, ...GUZHANG, ...november));
    expect(rows).toEqual([
      { regionCode: "433126", township: "古阳镇", workers: 3, outOfProvince: 2, inProvince: 1, inCounty: 0, notEmployed: 0 },
      { regionCode: "433126", township: "默戎镇", workers: 4, outOfProvince: 0, inProvince: 0, inCounty: 1, notEmployed: 3 },
    ]);
    expect(await queryRows(db, EMPLOYMENT_BY_TOWNSHIP, "433123", "433124", ...november)).toEqual([]);
    expectRowShape(EMPLOYMENT_BY_TOWNSHIP, await queryRows(db, EMPLOYMENT_BY_TOWNSHIP, null, null, ...november));

    const months = expectRowShape(
      EMPLOYMENT_HISTORY,
      await queryRows(db, EMPLOYMENT_HISTORY, ...GUZHANG, day("2026-09-01"), day("2026-12-01")),
    );
    expect(months.map((m) => [m.month, m.workers, m.outOfProvince, m.inProvince, m.inCounty, m.notEmployed])).toEqual([
      ["2026-09", 7, 2, 0, 1, 4],
      ["2026-10", 7, 2, 0, 2, 3],
      ["2026-11", 7, 2, 1, 1, 3],
      ["2026-12", 7, 2, 1, 1, 3],
    ]);

    const workers = expectRowShape(
      EMPLOYMENT_WORKERS,
      await queryRows(db, EMPLOYMENT_WORKERS, ...GUZHANG, ...november, day("2026-01-01")),
      7,
    );
    const byId = new Map(workers.map((w) => [w.name, w]));
    const seekers = await db.seeker.findMany({ where: { id: { in: [away, both, gone, idle] } }, select: { id: true, name: true } });
    const nameOf = (id: string) => seekers.find((s) => s.id === id)!.name;
    expect(byId.get(nameOf(away))).toMatchObject({ place: "outOfProvince", employerName: "济南重汽", monthsEmployed: 11 });
    expect(byId.get(nameOf(both))).toMatchObject({ place: "outOfProvince", workRegionCode: "370102", monthsEmployed: 2 });
    expect(byId.get(nameOf(gone))).toMatchObject({ place: "notEmployed", employerName: null, workRegionCode: null, monthsEmployed: 8 });
    expect(byId.get(nameOf(idle))).toMatchObject({ place: "notEmployed", monthsEmployed: 0 });
  });
});
