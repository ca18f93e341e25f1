// The requests `pnpm bench scale` measures, each with its baseline: signed in as the
// prefecture (湘西州 433100) and a county (古丈 433126) bureau, and the county's ADMIN for the
// subsidy roster. Lookups and matching vary the seeker (county seekers spread over the range).
import type pg from "pg";
import type { apiClient, Probe } from "./scale-measure.ts";
import { benchUuid, countyOfSeeker, identityOf } from "./scale-people.ts";
import { COUNTIES } from "./scale-regions.ts";

type Api = ReturnType<typeof apiClient>;

export interface ProbeContext {
  prefecture: Api;
  county: Api;
  countyAdmin: Api;
  client: pg.Client;
  sizes: { seekers: number; households: number };
  rounds: number;
  /** A fair hosted by the county. */
  fairId: string;
  ruleId: string;
  asOf: string;
}

export const COUNTY = "433126";

export function buildScaleProbes(ctx: ProbeContext): Probe[] {
  const { prefecture, county, countyAdmin, client, sizes, rounds, fairId, ruleId, asOf } = ctx;
  const countySeekers: number[] = [];
  for (let n = 7; n < sizes.seekers && countySeekers.length < 400; n += Math.max(1, Math.floor(sizes.seekers / 3000))) {
    if (countyOfSeeker(n, sizes.households) === COUNTY) countySeekers.push(n);
  }
  const seekerOf = (i: number) => countySeekers[i % countySeekers.length]!;
  const bareGet = (who: Api) => (i: number) => who.get(`/api/seekers/${benchUuid("sk", seekerOf(i * 3 + 1))}`);
  const count =
    (sql: string, values: unknown[] = []) =>
    () =>
      client.query(sql, values);
  const households = (from: string, to: string) =>
    count(`SELECT count(*) FROM households WHERE "regionCode" >= $1 AND "regionCode" < $2`, [from, to]);
  const workers = (from: string, to: string) =>
    count(
      `SELECT count(*) FROM seekers s JOIN households h ON h.id = s."householdId"
       WHERE s."homeRegionCode" >= $1 AND s."homeRegionCode" < $2 AND h."labourCapableMembers" > 0`,
      [from, to],
    );
  const year = Number(asOf.slice(0, 4));
  const filter = "povertyStatus=REGISTERED_POOR,MONITORED&limit=50";
  const pages = { kind: "page" as const, rounds, warmup: 3, baselineName: "GET /api/seekers/:id" };
  const aggregates = { kind: "aggregate" as const, rounds, warmup: 2 };
  return [
    {
      ...aggregates,
      name: "coverage, prefecture 433100",
      run: () => prefecture.get("/api/reports/coverage"),
      baselineName: "count(*) households 4331",
      baseline: households("4331", "4332"),
    },
    {
      ...aggregates,
      name: "coverage, county 433126",
      run: () => county.get("/api/reports/coverage"),
      baselineName: "count(*) households 433126",
      baseline: households(COUNTY, "433127"),
    },
    {
      ...pages,
      name: "zero-employment, first page (建档立卡+监测), prefecture",
      run: () => prefecture.get(`/api/reports/zero-employment?${filter}`),
      baseline: bareGet(prefecture),
    },
    {
      ...pages,
      name: "zero-employment, first page (建档立卡+监测), county",
      run: () => county.get(`/api/reports/zero-employment?${filter}`),
      baseline: bareGet(county),
    },
    {
      ...pages,
      name: "dropout alerts (30 days), prefecture",
      run: () => prefecture.get("/api/alerts/dropouts"),
      baseline: bareGet(prefecture),
    },
    { ...pages, name: "dropout alerts (30 days), county", run: () => county.get("/api/alerts/dropouts"), baseline: bareGet(county) },
    {
      ...aggregates,
      name: "employment ledger (this month), county",
      run: () => county.get("/api/reports/employment"),
      baselineName: "count(*) workers 433126",
      baseline: workers(COUNTY, "433127"),
    },
    {
      ...aggregates,
      name: "employment ledger (this month), prefecture",
      run: () => prefecture.get("/api/reports/employment"),
      baselineName: "count(*) workers 4331",
      baseline: workers("4331", "4332"),
    },
    // The ledger keeps a cell per county and month, valid until the county changes: these two
    // note a change (as a write there would, through the triggers) before every read, in one
    // county and then in all eight, so the cells must be counted again (the time includes the note).
    {
      ...aggregates,
      name: "employment ledger (this month), prefecture, one county changed before each read",
      run: async () => {
        await client.query(`INSERT INTO employment_ledger_changes (county) VALUES ($1)`, [COUNTY]);
        return prefecture.get("/api/reports/employment");
      },
      baselineName: "count(*) workers 4331",
      baseline: workers("4331", "4332"),
    },
    {
      ...aggregates,
      name: "employment ledger (this month), prefecture, every county changed before each read",
      run: async () => {
        await client.query(`INSERT INTO employment_ledger_changes (county) SELECT unnest($1::text[])`, [COUNTIES.map((c) => c.code)]);
        return prefecture.get("/api/reports/employment");
      },
      baselineName: "count(*) workers 4331",
      baseline: workers("4331", "4332"),
    },
    {
      kind: "roster",
      rounds: Math.max(3, Math.round(rounds / 6)),
      warmup: 1,
      name: "subsidy roster run (transport, county ADMIN)",
      run: () => countyAdmin.post(`/api/subsidy-rules/${ruleId}/rosters`, { asOf }, 201),
      baselineName: "count(*) candidate placements ⋈ follow-ups",
      baseline: count(
        `SELECT count(*) FROM placements p JOIN seekers s ON s.id = p."seekerId" JOIN households h ON h.id = s."householdId"
         LEFT JOIN follow_ups f ON f."placementId" = p.id AND f."checkedOn" <= $2::date
         WHERE s."homeRegionCode" >= '433126' AND s."homeRegionCode" < '433127'
           AND h."povertyStatus"::text = ANY (ARRAY['REGISTERED_POOR','MONITORED','LIFTED'])
           AND p."startedOn" >= make_date($1::int, 1, 1) AND p."startedOn" < make_date($1::int + 1, 1, 1) AND p."startedOn" <= $2::date`,
        [year, asOf],
      ),
    },
    {
      ...pages,
      name: "fair stats (a 古丈 fair, county staff)",
      run: () => county.get(`/api/fairs/${fairId}/stats`),
      baselineName: "count(*) check-ins of the fair",
      baseline: count(`SELECT count(*) FROM check_ins WHERE "fairId" = $1`, [fairId]),
    },
    {
      ...pages,
      name: "seeker lookup by ID number, county",
      run: (i) => county.post("/api/seekers/lookup", { idNumber: identityOf(seekerOf(i), sizes.households).idNumber }),
      baseline: bareGet(county),
    },
    {
      ...pages,
      name: "matching: positions for a seeker, county",
      run: (i) => county.get(`/api/matches/seekers/${benchUuid("sk", seekerOf(i))}?limit=10`),
      baseline: bareGet(county),
    },
  ];
}
