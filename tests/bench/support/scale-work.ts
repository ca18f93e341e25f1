// Placements, follow-ups, bureaus, fairs, check-ins and intents of `pnpm bench scale`, each one
// INSERT … SELECT generate_series (ids derived from row numbers, see scale-people.ts).
//
// Placements: 85 % are a seeker's latest (started in the last two years; 55 % ACTIVE, 20 %
// STABLE once three months old, 25 % ENDED), 15 % an earlier one that ENDED. They work where
// WORK_PLACES says (Jinan's districts most, Changsha/Hengyang, Chongqing, Zigong, the home county).
// Follow-ups: monthly after the start while the placement ran (the one before it ended says
// not employed), up to the target count.
import type pg from "pg";
import { benchUuidSql } from "./scale-people.ts";
import { COUNTIES, PREFECTURE, SLOTS, WORK_PLACES } from "./scale-regions.ts";

const SLOT_COUNTIES = SLOTS.map((s) => s.county);

export async function writePlacements(
  client: pg.Client,
  sizes: { placements: number; seekers: number; households: number },
  employerIds: readonly string[],
): Promise<number> {
  const latest = Math.round(sizes.placements * 0.85);
  const { rowCount } = await client.query(
    `WITH k AS (
       SELECT k, hashtext('pl' || k) & 2147483647 AS x,
              CASE WHEN k < $2::int THEN (k::bigint * $3::int / $2::int)::int
                   ELSE ((k - $2::int)::bigint * $3::int / greatest(1, $1::int - $2::int))::int END AS n
       FROM generate_series(0, $1::int - 1) k),
     facts AS (
       SELECT k.*, CASE WHEN k < $2::int THEN current_date - x % 730 ELSE current_date - 400 - x % 330 END AS start,
              CASE WHEN k >= $2::int THEN 'ENDED'
                   WHEN x / 730 % 100 < 55 THEN 'ACTIVE'
                   WHEN x / 730 % 100 < 75 THEN 'STABLE' ELSE 'ENDED' END AS wanted
       FROM k)
     INSERT INTO placements (id, "seekerId", "employerId", "startedOn", "monthlyWage", "workCity", "workRegionCode", channel,
                             status, "stableOn", "endedOn", "updatedAt")
     SELECT ${benchUuidSql("pl", "k")}, ${benchUuidSql("sk", "n")}, ($4::uuid[])[1 + x % $5::int], start, 3500 + (x % 40) * 100,
            ($7::text[])[1 + (x / 7) % $8::int],
            CASE WHEN ($6::text[])[1 + (x / 7) % $8::int] = 'HOME' THEN ($9::text[])[1 + (n % $10::int) % $11::int]
                 ELSE ($6::text[])[1 + (x / 7) % $8::int] END,
            (CASE WHEN x % 3 = 0 THEN 'FAIR' ELSE 'LABOUR_COOPERATION' END)::"PlacementChannel",
            status::"PlacementStatus", CASE WHEN status = 'STABLE' THEN start + 90 END,
            CASE WHEN status = 'ENDED' THEN start + 30 + (x / 13) % greatest(1, least(current_date - start - 30, 300)) END, now()
     FROM facts CROSS JOIN LATERAL (
       SELECT CASE WHEN wanted = 'STABLE' AND start > current_date - 90 THEN 'ACTIVE'
                   WHEN wanted = 'ENDED' AND start > current_date - 31 THEN 'ACTIVE' ELSE wanted END AS status) AS s`,
    [
      sizes.placements,
      latest,
      sizes.seekers,
      employerIds,
      employerIds.length,
      WORK_PLACES.map((w) => w.region),
      WORK_PLACES.map((w) => w.city),
      WORK_PLACES.length,
      SLOT_COUNTIES,
      sizes.households,
      SLOTS.length,
    ],
  );
  return rowCount ?? 0;
}

export async function writeFollowUps(client: pg.Client, target: number): Promise<number> {
  const { rowCount } = await client.query(
    `INSERT INTO follow_ups (id, "placementId", "checkedOn", employed, "monthlyWage")
     SELECT gen_random_uuid(), p.id, p."startedOn" + 30 * m,
            NOT (p.status = 'ENDED' AND p."startedOn" + 30 * m + 30 > p."endedOn"), p."monthlyWage"
     FROM placements p CROSS JOIN generate_series(1, 6) m
     WHERE p."startedOn" + 30 * m <= coalesce(p."endedOn", current_date)
       AND (m <= 2 OR (hashtext(p.id::text) & 3) < 2)
     LIMIT $1::int`,
    [target],
  );
  return rowCount ?? 0;
}

export interface Bureaus {
  prefectureId: string;
  countyIds: Map<string, string>;
}

export async function writeBureaus(client: pg.Client): Promise<Bureaus> {
  const { rows } = await client.query<{ id: string; regionCode: string }>(
    `INSERT INTO organisations (id, name, "regionCode")
     SELECT gen_random_uuid(), name, code FROM unnest($1::text[], $2::text[]) AS t(name, code)
     RETURNING id, "regionCode"`,
    [
      [PREFECTURE.name, ...COUNTIES.map((c) => c.bureau)],
      [PREFECTURE.code, ...COUNTIES.map((c) => c.code)],
    ],
  );
  const byCode = new Map(rows.map((r) => [r.regionCode, r.id]));
  return { prefectureId: byCode.get(PREFECTURE.code)!, countyIds: new Map(COUNTIES.map((c) => [c.code, byCode.get(c.code)!])) };
}

export async function writeUsers(
  client: pg.Client,
  passwordHash: string,
  users: { username: string; role: string; organisationId: string }[],
) {
  await client.query(
    `INSERT INTO users (id, username, "passwordHash", role, "organisationId", "updatedAt")
     SELECT gen_random_uuid(), u, $2, r::"Role", o, now() FROM unnest($1::text[], $3::text[], $4::uuid[]) AS t(u, r, o)`,
    [users.map((u) => u.username), passwordHash, users.map((u) => u.role), users.map((u) => u.organisationId)],
  );
}

export interface FairSizes {
  fairs: number;
  checkInsPerFair: number;
  intentsPerFair: number;
  seekers: number;
}

/** Fairs hosted by the county bureaus in turn (f % 8), one every few days over two years. */
export async function writeFairs(
  client: pg.Client,
  sizes: FairSizes,
  bureaus: Bureaus,
  employerIds: readonly string[],
  positionIds: readonly string[],
): Promise<{ fairIds: string[]; checkIns: number; intents: number }> {
  const counties = COUNTIES.map((c) => c.code);
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO fairs (id, title, venue, "startsAt", "endsAt", "hostRegionCode", "partnerRegionCode", "hostOrganisationId", status, "updatedAt")
     SELECT ${benchUuidSql("fair", "f")}, ($2::text[])[1 + f % 8] || '春风行动招聘会（第' || f || '场）', '县人力资源市场',
            starts, starts + interval '6 hours', ($1::text[])[1 + f % 8], CASE WHEN f % 2 = 0 THEN '370100' END,
            ($3::uuid[])[1 + f % 8], (CASE WHEN starts < now() - interval '1 day' THEN 'CLOSED' ELSE 'OPEN' END)::"FairStatus", now()
     FROM generate_series(0, $4::int - 1) f
     CROSS JOIN LATERAL (SELECT date_trunc('day', now()) + interval '1 hour' - (f * 730 / $4::int) * interval '1 day' AS starts) AS s
     RETURNING id`,
    [counties, COUNTIES.map((c) => c.bureau.replace("人社局", "")), counties.map((c) => bureaus.countyIds.get(c)!), sizes.fairs],
  );
  const fairIds = rows.map((r) => r.id);
  const perFairEmployers = Math.min(30, employerIds.length);
  const perFairPositions = Math.min(60, positionIds.length);
  await client.query(
    `INSERT INTO fair_employers ("fairId", "employerId", booth)
     SELECT ($1::uuid[])[1 + f], ($2::uuid[])[1 + (f * 7 + j) % $3::int], 'A' || j
     FROM generate_series(0, $4::int - 1) f CROSS JOIN generate_series(0, $5::int - 1) j`,
    [fairIds, employerIds, employerIds.length, fairIds.length, perFairEmployers],
  );
  await client.query(
    `INSERT INTO fair_positions ("fairId", "positionId")
     SELECT ($1::uuid[])[1 + f], ($2::uuid[])[1 + (f * 53 + j) % $3::int]
     FROM generate_series(0, $4::int - 1) f CROSS JOIN generate_series(0, $5::int - 1) j
     ON CONFLICT DO NOTHING`,
    [fairIds, positionIds, positionIds.length, fairIds.length, perFairPositions],
  );
  // Seeker of check-in j at fair f: (f * 4999 + j * 613) % seekers (distinct within a fair).
  const checkIns = await client.query(
    `INSERT INTO check_ins (id, "fairId", "seekerId", "clientRequestId", "at")
     SELECT gen_random_uuid(), fair.id, ${benchUuidSql("sk", "(f::bigint * 4999 + j::bigint * 613) % $3::int")}, 'bench-' || f || '-' || j,
            fair."startsAt" + j * interval '10 seconds'
     FROM generate_series(0, $2::int - 1) f CROSS JOIN generate_series(0, $4::int - 1) j
     JOIN fairs fair ON fair.id = ($1::uuid[])[1 + f]
     ON CONFLICT DO NOTHING`,
    [fairIds, fairIds.length, sizes.seekers, sizes.checkInsPerFair],
  );
  const intents = await client.query(
    `INSERT INTO intents (id, "seekerId", "positionId", "fairId", status, "updatedAt")
     SELECT gen_random_uuid(), ${benchUuidSql("sk", "(f::bigint * 4999 + j::bigint * 613) % $3::int")},
            ($4::uuid[])[1 + (f * 53 + j % $6::int) % $5::int], ($1::uuid[])[1 + f],
            (ARRAY['INTENDED','INTERVIEWED','OFFERED','HIRED','DECLINED'])[1 + j % 5]::"IntentStatus", now()
     FROM generate_series(0, $2::int - 1) f CROSS JOIN generate_series(0, $7::int - 1) j
     ON CONFLICT DO NOTHING`,
    [fairIds, fairIds.length, sizes.seekers, positionIds, positionIds.length, perFairPositions, sizes.intentsPerFair],
  );
  return { fairIds, checkIns: checkIns.rowCount ?? 0, intents: intents.rowCount ?? 0 };
}
