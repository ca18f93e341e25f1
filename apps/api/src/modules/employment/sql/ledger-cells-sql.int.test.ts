// The ledger's stored county cells (sql/ledger-*.sql.ts, employment.repository.ts byTownship):
// the same figures as counting the region at once; a cell is used until its county changes,
// and then counted again; a cell stored from an older snapshot after a newer one compacted
// the county's changes is not trusted.
import { describe, expect, it } from "vitest";
import type { Db } from "../../../lib/prisma.ts";
import { queryRows } from "../../../lib/sql-statement.ts";
import { createEmployer, createHousehold, createSeeker } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { createEmploymentRepository } from "../employment.repository.ts";
import { EMPLOYMENT_BY_TOWNSHIP } from "./employment-by-township.sql.ts";
import { LEDGER_CELL_COUNT } from "./ledger-cell-count.sql.ts";
import { LEDGER_CELLS_VALID } from "./ledger-cells-valid.sql.ts";
import { LEDGER_COUNTIES } from "./ledger-counties.sql.ts";

const database = useTestDatabase();
const day = (date: string) => new Date(`${date}T00:00:00Z`);
const NOVEMBER = { first: "2026-11-01", last: "2026-11-30" };
const PREFECTURE: [string, string] = ["4331", "4332"];

async function place(db: Db, seekerId: string, employerId: string, workRegionCode: string, startedOn: string) {
  return db.placement.create({
    data: {
      seekerId,
      employerId,
      startedOn: day(startedOn),
      status: "ACTIVE",
      monthlyWage: 5000,
      workCity: "某地",
      workRegionCode,
      channel: "OTHER",
    },
  });
}

/** Marks a stored cell so that a read served from it can be told from a count. */
async function markCell(db: Db, county: string, month: string) {
  await db.$executeRawUnsafe(
    `UPDATE employment_ledger_cells SET rows = jsonb_set(rows, '{0,workers}', '999') WHERE county = $1 AND month = $2::date`,
    county,
    month,
  );
}

describe("employment ledger cells", () => {
  it("reads a region from its counties' cells, counts a county again once it changed, and never trusts a cell from before the horizon", async () => {
    const { db } = database;
    const crypto = testFieldCrypto();
    const ledger = createEmploymentRepository(db);
    const employer = await createEmployer(db, { name: "济南重汽" });
    const guyang = await createHousehold(db, { regionCode: "433126", township: "古阳镇", village: "河西村", labourCapableMembers: 2 });
    const morong = await createHousehold(db, { regionCode: "433126", township: "默戎镇", village: "龙鼻村", labourCapableMembers: 1 });
    const jishou = await createHousehold(db, { regionCode: "433101", township: "峒河街道", village: "某村", labourCapableMembers: 2 });
    const worker = async (householdId: string) => (await createSeeker(db, crypto, { householdId })).id;
    const [a, b, c, d, e] = [
      await worker(guyang.id),
      await worker(guyang.id),
      await worker(morong.id),
      await worker(jishou.id),
      await worker(jishou.id),
    ];
    await place(db, a, employer.id, "370102", "2026-10-01");
    await place(db, c, employer.id, "433126", "2026-11-05");
    const late = await place(db, d, employer.id, "430102", "2026-09-01");
    const live = () => queryRows(db, EMPLOYMENT_BY_TOWNSHIP, ...PREFECTURE, day(NOVEMBER.first), day(NOVEMBER.last));

    expect(await queryRows(db, LEDGER_COUNTIES, ...PREFECTURE)).toEqual([{ county: "433101" }, { county: "433126" }]);
    const counted = await ledger.byTownship("433100", NOVEMBER);
    expect(counted).toEqual(await live());
    expect(counted.map((r) => r.township)).toEqual(["峒河街道", "古阳镇", "默戎镇"]);
    const cells = expectRowShape(LEDGER_CELLS_VALID, await queryRows(db, LEDGER_CELLS_VALID, ["433101", "433126"], day(NOVEMBER.first)), 2);
    expect(cells.map((cell) => cell.county).sort()).toEqual(["433101", "433126"]);

    // Served from the cells: a marked cell shows.
    await markCell(db, "433101", NOVEMBER.first);
    await markCell(db, "433126", NOVEMBER.first);
    expect((await ledger.byTownship("433100", NOVEMBER)).map((r) => r.workers)).toEqual([999, 999, 1]);

    // A change in Guzhang (b starts work) is counted at the next read; Jishou's cell still holds.
    await place(db, b, employer.id, "370102", "2026-11-20");
    const afterChange = await ledger.byTownship("433100", NOVEMBER);
    expect(afterChange[0]!.workers).toBe(999);
    expect(afterChange.slice(1)).toEqual((await live()).slice(1));
    expect(afterChange[1]).toMatchObject({ township: "古阳镇", workers: 2, outOfProvince: 2, notEmployed: 0 });

    // Jishou changes too (a placement ends before November): everything is counted again.
    await db.placement.update({ where: { id: late.id }, data: { endedOn: day("2026-10-15"), status: "ENDED" } });
    expect(await ledger.byTownship("433100", NOVEMBER)).toEqual(await live());
    expect(await ledger.byTownship("433101", NOVEMBER)).toEqual((await live()).slice(0, 1));

    // A slow reader that took its snapshot before a change stores its cell after a newer count
    // compacted that change away: the horizon keeps it from being used.
    const [taken] = await db.$queryRawUnsafe<{ snapshot: string }[]>(`SELECT pg_current_snapshot()::text AS snapshot`);
    const oldSnapshot = taken!.snapshot;
    await place(db, e, employer.id, "370102", "2026-11-02");
    const [fresh] = await queryRows(db, LEDGER_CELL_COUNT, "433101", "433102", day(NOVEMBER.first), day(NOVEMBER.last), "433101");
    expect(fresh!.rows).toEqual((await live()).slice(0, 1));
    await db.$executeRawUnsafe(
      `UPDATE employment_ledger_cells SET rows = jsonb_set(rows, '{0,workers}', '999'), snapshot = $1::pg_snapshot WHERE county = '433101'`,
      oldSnapshot,
    );
    expect(await queryRows(db, LEDGER_CELLS_VALID, ["433101"], day(NOVEMBER.first))).toEqual([]);
    expect(await ledger.byTownship("433100", NOVEMBER)).toEqual(await live());
  });
});
